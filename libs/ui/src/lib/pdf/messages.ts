import { defineMessages, typedI18n, type CatalogueOf, type CommonTexts } from '@alianza/i18n';

/**
 * The `pdf` namespace. The viewer's chunk adds it to the running i18n instance itself
 * (`useMessages`), so an app that shows a PDF registers nothing.
 */
export const pdfMessages = defineMessages(
  {
    loading: 'Cargando el documento…',
    rendering: 'Dibujando la página…',
    toolbar: 'Controles del documento',
    previous: 'Página anterior',
    next: 'Página siguiente',
    pageInput: 'Página',
    pageOf: 'de {{count}}',
    pageLabel: 'Página {{page}} de {{count}}',
    pageOfOriginal: 'Página {{page}} de {{count}} (página {{original}} del original)',
    thumbnail: 'Página {{page}}',
    thumbnails: 'Miniaturas de las páginas',
    missingPage: 'La página {{page}} no existe en este documento.',
    zoomIn: 'Ampliar',
    zoomOut: 'Reducir',
    fitWidth: 'Ajustar al ancho',
    zoom: 'Zoom: {{percent}}',
    errors: {
      notFound:
        'El documento ya no está disponible: puede que el acceso haya caducado o se haya retirado.',
      forbidden: 'No tienes permiso para abrir este documento.',
      unauthorized: 'Tu sesión ha terminado. Vuelve a entrar para ver el documento.',
      network: 'No se pudo descargar el documento. Comprueba la conexión y vuelve a intentarlo.',
      unreadable: 'El documento no se puede leer como PDF.',
      page: 'No se pudo dibujar esta página.',
    },
  },
  {
    loading: 'Loading the document…',
    rendering: 'Drawing the page…',
    toolbar: 'Document controls',
    previous: 'Previous page',
    next: 'Next page',
    pageInput: 'Page',
    pageOf: 'of {{count}}',
    pageLabel: 'Page {{page}} of {{count}}',
    pageOfOriginal: 'Page {{page}} of {{count}} (page {{original}} of the original)',
    thumbnail: 'Page {{page}}',
    thumbnails: 'Page thumbnails',
    missingPage: 'Page {{page}} is not in this document.',
    zoomIn: 'Zoom in',
    zoomOut: 'Zoom out',
    fitWidth: 'Fit to width',
    zoom: 'Zoom: {{percent}}',
    errors: {
      notFound:
        'The document is no longer available: the access may have expired or been withdrawn.',
      forbidden: 'You may not open this document.',
      unauthorized: 'Your session has ended. Sign in again to see the document.',
      network: 'The document could not be downloaded. Check the connection and try again.',
      unreadable: 'The document cannot be read as a PDF.',
      page: 'This page could not be drawn.',
    },
  },
);

/** `t` over `pdf` (and `common`), typed like the rest of the library's. */
export const { useT: usePdfT } = typedI18n<
  CatalogueOf<{ pdf: typeof pdfMessages }> & { readonly common: CommonTexts }
>();
