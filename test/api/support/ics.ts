/**
 * A small iCalendar (RFC 5545) reader for the tests: unfolds lines, reads each content line as
 * name, parameters and value, unescapes TEXT values and nests components by BEGIN/END. Throws on
 * anything malformed (an unbalanced END, a line without a colon, content outside VCALENDAR), so a
 * test that reads a document also checks that it parses.
 */
export interface IcsProperty {
  name: string;
  params: Record<string, string>;
  value: string;
}

export interface IcsComponent {
  name: string;
  properties: IcsProperty[];
  components: IcsComponent[];
}

const unescapeText = (value: string): string =>
  value.replace(/\\([\\;,nN])/g, (_, c: string) => (c === 'n' || c === 'N' ? '\n' : c));

function contentLine(line: string): IcsProperty {
  // The name and parameters end at the first colon outside a quoted parameter value.
  let quoted = false;
  let colon = -1;
  for (let i = 0; i < line.length; i++) {
    if (line[i] === '"') quoted = !quoted;
    else if (line[i] === ':' && !quoted) {
      colon = i;
      break;
    }
  }
  if (colon < 0) throw new Error(`Not a content line: ${line}`);
  const [name, ...params] = line.slice(0, colon).split(';');
  if (!/^[A-Za-z0-9-]+$/.test(name)) throw new Error(`Not a property name: ${name}`);
  return {
    name: name.toUpperCase(),
    params: Object.fromEntries(
      params.map((p) => {
        const [key, value = ''] = p.split('=');
        return [key.toUpperCase(), value.replace(/^"|"$/g, '')];
      }),
    ),
    value: line.slice(colon + 1),
  };
}

/** The document's VCALENDAR. */
export function parseIcs(text: string): IcsComponent {
  if (!text.includes('\r\n')) throw new Error('iCalendar lines end with CRLF');
  const lines = text
    .replace(/\r\n[ \t]/g, '')
    .split('\r\n')
    .filter((line) => line !== '');
  const stack: IcsComponent[] = [];
  let root: IcsComponent | undefined;
  for (const line of lines) {
    const property = contentLine(line);
    if (property.name === 'BEGIN') {
      const component: IcsComponent = { name: property.value, properties: [], components: [] };
      if (stack.length === 0) {
        if (root) throw new Error('Content after the calendar');
        root = component;
      } else stack[stack.length - 1].components.push(component);
      stack.push(component);
    } else if (property.name === 'END') {
      const open = stack.pop();
      if (open?.name !== property.value)
        throw new Error(`END:${property.value} closes ${open?.name}`);
    } else {
      const open = stack[stack.length - 1];
      if (!open) throw new Error(`Content outside a component: ${line}`);
      open.properties.push(property);
    }
  }
  if (stack.length > 0 || root?.name !== 'VCALENDAR') throw new Error('Not a whole VCALENDAR');
  return root;
}

/** A property's value (TEXT unescaped), or undefined. */
export function prop(component: IcsComponent, name: string): string | undefined {
  const found = component.properties.find((p) => p.name === name);
  return found && unescapeText(found.value);
}

/** A property with its parameters, or undefined. */
export function property(component: IcsComponent, name: string): IcsProperty | undefined {
  return component.properties.find((p) => p.name === name);
}

/** The calendar's events, each checked to have what RFC 5545 requires of a VEVENT. */
export function events(calendar: IcsComponent): IcsComponent[] {
  if (prop(calendar, 'VERSION') !== '2.0' || !prop(calendar, 'PRODID'))
    throw new Error('A VCALENDAR needs VERSION:2.0 and a PRODID');
  const found = calendar.components.filter((c) => c.name === 'VEVENT');
  for (const e of found) {
    for (const required of ['UID', 'DTSTAMP', 'DTSTART'])
      if (!prop(e, required)) throw new Error(`A VEVENT without ${required}`);
  }
  return found;
}
