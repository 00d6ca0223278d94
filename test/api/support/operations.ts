import {
  DefinitionNode,
  FragmentDefinitionNode,
  Kind,
  OperationDefinitionNode,
  parse,
  print,
  visit,
} from 'graphql';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';

const root = resolve(__dirname, '../../..');

/** Every folder codegen reads documents from (codegen.ts): what the two web apps can ever send. */
export const DOCUMENT_DIRS = [
  'apps/facilitator-console/src',
  'apps/participant-portal/src',
  'libs/graphql-client/src',
];

/** One operation of the web apps, ready to send (its fragments appended). */
export interface WebOperation {
  /** `file#Name`: two files may hold operations of the same name. */
  key: string;
  name: string;
  file: string;
  type: 'query' | 'mutation' | 'subscription';
  source: string;
  /** The names of its variables. */
  variables: string[];
}

const isFragment = (d: DefinitionNode): d is FragmentDefinitionNode =>
  d.kind === Kind.FRAGMENT_DEFINITION;
const isOperation = (d: DefinitionNode): d is OperationDefinitionNode =>
  d.kind === Kind.OPERATION_DEFINITION;

/** Parses every `.graphql` document of the web apps into its operations. */
export function webOperations(): WebOperation[] {
  const files = DOCUMENT_DIRS.flatMap((dir) =>
    readdirSync(join(root, dir), { recursive: true, encoding: 'utf8' })
      .filter((file) => file.endsWith('.graphql'))
      .map((file) => join(root, dir, file)),
  );
  const documents = files.map((file) => ({ file, document: parse(readFileSync(file, 'utf8')) }));
  const fragments = new Map(
    documents.flatMap(({ document }) =>
      document.definitions.filter(isFragment).map((f) => [f.name.value, f] as const),
    ),
  );
  const spreadIn = (node: OperationDefinitionNode | FragmentDefinitionNode): string[] => {
    const names: string[] = [];
    visit(node, { FragmentSpread: (spread) => void names.push(spread.name.value) });
    return names;
  };
  return documents.flatMap(({ file, document }) =>
    document.definitions.filter(isOperation).map((operation) => {
      const needed = new Set<string>();
      const queue = spreadIn(operation);
      while (queue.length) {
        const name = queue.pop()!;
        if (needed.has(name)) continue;
        needed.add(name);
        const fragment = fragments.get(name);
        if (!fragment) throw new Error(`${file}: unknown fragment ${name}`);
        queue.push(...spreadIn(fragment));
      }
      const name = operation.name?.value;
      if (!name) throw new Error(`${file}: an operation without a name`);
      const path = relative(root, file);
      return {
        key: `${path}#${name}`,
        name,
        file: path,
        type: operation.operation,
        source: [operation, ...[...needed].map((n) => fragments.get(n)!)].map(print).join('\n'),
        variables: (operation.variableDefinitions ?? []).map((v) => v.variable.name.value),
      };
    }),
  );
}

/** The operation whose key is `name`, or the only one called `name`. */
export function findWebOperation(operations: WebOperation[], name: string): WebOperation {
  const named = operations.filter((o) => o.key === name || o.name === name);
  if (named.length !== 1)
    throw new Error(`${named.length} web operations are called ${name}: name its file`);
  return named[0]!;
}

/** The source of the web apps' operation called `name` (unique), with its fragments. */
export function webDocument(name: string): string {
  return findWebOperation(webOperations(), name).source;
}
