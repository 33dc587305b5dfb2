/**
 * CMS field labels that scraped page dumps carry in their header, per language.
 * To support a new site, add its label text here; the header parser needs no change.
 * Each label is matched as a whole line ending in a colon; its value stands after the
 * colon or on the next non-empty line.
 */

export type LabelField = 'date' | 'updated' | 'image' | 'imageAlt' | 'imageCaption' | 'imageCredit' | 'author';

export interface LabelRule {
  field: LabelField;
  lang: string;
  /** The label as the CMS prints it, without the trailing colon. */
  text: string;
}

export const labelRules: readonly LabelRule[] = [
  { field: 'date', lang: 'es', text: 'Fecha de publicación' },
  { field: 'date', lang: 'es', text: 'Fecha' },
  { field: 'date', lang: 'en', text: 'Publication date' },
  { field: 'date', lang: 'en', text: 'Published' },
  { field: 'date', lang: 'en', text: 'Date' },
  { field: 'updated', lang: 'es', text: 'Actualizado' },
  { field: 'updated', lang: 'en', text: 'Updated' },
  { field: 'image', lang: 'es', text: 'Imagen principal' },
  { field: 'image', lang: 'en', text: 'Main image' },
  { field: 'imageAlt', lang: 'es', text: 'Texto alternativo' },
  { field: 'imageAlt', lang: 'en', text: 'Alt text' },
  { field: 'imageCaption', lang: 'es', text: 'Pie de foto' },
  { field: 'imageCaption', lang: 'es', text: 'Pie de imagen' },
  { field: 'imageCaption', lang: 'en', text: 'Image caption' },
  { field: 'imageCaption', lang: 'en', text: 'Caption' },
  { field: 'imageCredit', lang: 'es', text: 'Crédito de la imagen' },
  { field: 'imageCredit', lang: 'es', text: 'Foto' },
  { field: 'imageCredit', lang: 'en', text: 'Image credit' },
  { field: 'imageCredit', lang: 'en', text: 'Photo' },
  { field: 'author', lang: 'es', text: 'Autor' },
  { field: 'author', lang: 'en', text: 'Author' },
  { field: 'author', lang: 'en', text: 'By' },
];

/**
 * Labels of a line near a dump's top that names the page it was saved from ("Source:
 * https://…"): the template finder also groups dumps by that address's host (clean/template.ts),
 * so one site's dumps share a template across folders. The line itself stays body text.
 */
export const sourceLabels: readonly string[] = ['Source', 'Source URL', 'URL', 'Original', 'Fuente', 'Enlace original'];
