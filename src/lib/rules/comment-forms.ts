/**
 * Comment forms that scraped page dumps carry at their end, one row per CMS and language.
 * To support a new CMS or language, add a row here and a fixture folder named after its id
 * under tests/fixtures/comment-forms/; the remark plugin needs no change.
 */

export interface CommentFormRule {
  /** `<cms>-<lang>`; also the name of the rule's fixture folder. */
  id: string;
  cms: string;
  lang: string;
  /** A whole line that opens a form: its heading, or CAPTCHA prose that never occurs in articles. */
  markers: RegExp[];
  /** Whole lines that belong to a form: field labels, buttons, help text, CAPTCHA prose. */
  formLines: RegExp[];
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** Trailing colons, asterisks, dots and ellipses vary between themes and scrapers. */
const TAIL = '[\\s:*.…]*';

/** The whole trimmed line is `text` (case-insensitive). */
const line = (text: string) => new RegExp(`^${escape(text)}${TAIL}$`, 'i');
/** The whole trimmed line starts with `text`: for prose whose end varies (tag lists, site names). */
const starts = (text: string) => new RegExp(`^${escape(text)}`, 'i');

export const commentFormRules: readonly CommentFormRule[] = [
  {
    id: 'drupal-en',
    cms: 'drupal',
    lang: 'en',
    markers: [
      line('Add new comment'),
      line('Post new comment'),
      line('CAPTCHA'),
      starts('This question is for testing whether or not you are a human visitor'),
      line('Enter the characters shown in the image.'),
      line('What code is in the image?'),
      starts('Solve this simple math problem and enter the result.'),
    ],
    formLines: [
      line('Your name'),
      line('Subject'),
      line('Comment'),
      line('E-mail'),
      line('Homepage'),
      line('Math question'),
      line('Text format'),
      line('Plain text'),
      line('Filtered HTML'),
      line('Basic HTML'),
      line('Restricted HTML'),
      line('Save'),
      line('Preview'),
      line('More information about text formats'),
      line('Web page addresses and email addresses turn into links automatically.'),
      line('Lines and paragraphs break automatically.'),
      line('No HTML tags allowed.'),
      starts('Allowed HTML tags:'),
      starts('The content of this field is kept private'),
      line('Log in or register to post comments'),
      line('Log in to post comments'),
    ],
  },
  {
    id: 'drupal-es',
    cms: 'drupal',
    lang: 'es',
    markers: [
      line('Añadir nuevo comentario'),
      line('Agregar nuevo comentario'),
      line('Agregar comentario'),
      starts('Esta pregunta es para comprobar si usted es un visitante humano'),
      line('Introduzca los caracteres mostrados en la imagen.'),
      line('¿Qué código aparece en la imagen?'),
      starts('Resuelva este sencillo problema matemático'),
    ],
    formLines: [
      line('Su nombre'),
      line('Tu nombre'),
      line('Asunto'),
      line('Comentario'),
      line('Correo electrónico'),
      line('Página personal'),
      line('Pregunta matemática'),
      line('Formato de texto'),
      line('Texto plano'),
      line('HTML filtrado'),
      line('Guardar'),
      line('Vista previa'),
      line('Más información sobre formatos de texto'),
      starts('Las direcciones de las páginas web y las de correo'),
      line('Saltos automáticos de líneas y de párrafos.'),
      line('No se permiten etiquetas HTML.'),
      starts('Etiquetas HTML permitidas:'),
      starts('El contenido de este campo se mantiene privado'),
      line('Inicie sesión o regístrese para publicar comentarios'),
    ],
  },
  {
    id: 'wordpress-en',
    cms: 'wordpress',
    lang: 'en',
    markers: [
      /^leave a (reply|comment)( to .{1,60})?( cancel reply)?$/i,
      line('Cancel reply'),
    ],
    formLines: [
      starts('Your email address will not be published.'),
      line('Required fields are marked *'),
      line('Comment'),
      line('Name'),
      line('Email'),
      line('Website'),
      starts('Save my name, email, and website in this browser'),
      line('Post Comment'),
      starts('This site uses Akismet to reduce spam.'),
      line('Notify me of follow-up comments by email.'),
      line('Notify me of new posts by email.'),
      line('You must be logged in to post a comment.'),
      line('Comments are closed.'),
    ],
  },
  {
    id: 'wordpress-es',
    cms: 'wordpress',
    lang: 'es',
    markers: [
      /^deja (una respuesta|un comentario)( a .{1,60})?( cancelar (la )?respuesta)?$/i,
      line('Cancelar la respuesta'),
    ],
    formLines: [
      starts('Tu dirección de correo electrónico no será publicada.'),
      line('Los campos obligatorios están marcados con *'),
      line('Comentario'),
      line('Nombre'),
      line('Correo electrónico'),
      line('Web'),
      line('Sitio web'),
      starts('Guarda mi nombre, correo electrónico y web en este navegador'),
      line('Publicar el comentario'),
      line('Publicar comentario'),
      starts('Este sitio usa Akismet para reducir el spam.'),
      line('Avísame de los nuevos comentarios por correo electrónico.'),
      line('Recibir un correo electrónico con los siguientes comentarios a esta entrada.'),
      line('Los comentarios están cerrados.'),
    ],
  },
  {
    id: 'disqus-en',
    cms: 'disqus',
    lang: 'en',
    markers: [
      line('Please enable JavaScript to view the comments powered by Disqus.'),
      line('comments powered by Disqus'),
      line('Join the discussion'),
      /^\d+ comments?$/i,
    ],
    formLines: [
      starts('Log in with'),
      line('or sign up with Disqus'),
      line("I'd rather post as a guest"),
      line('Name'),
      line('Email'),
      line('Password'),
      line('Be the first to comment.'),
      /^sort by (best|newest|oldest)$/i,
      line("Disqus' Privacy Policy"),
    ],
  },
  {
    id: 'blogger-en',
    cms: 'blogger',
    lang: 'en',
    markers: [line('Post a Comment'), line('No comments'), /^\d+ comments?:?$/i],
    formLines: [
      line('Newer Post'),
      line('Older Post'),
      line('Home'),
      /^newer post older post( home)?$/i,
      line('Subscribe to: Post Comments (Atom)'),
      line('Note: Only a member of this blog may post a comment.'),
    ],
  },
  {
    id: 'blogger-es',
    cms: 'blogger',
    lang: 'es',
    markers: [line('Publicar un comentario'), line('No hay comentarios'), /^\d+ comentarios?:?$/i],
    formLines: [
      line('Entrada más reciente'),
      line('Entrada antigua'),
      line('Página Principal'),
      line('Inicio'),
      /^entrada más reciente entrada antigua( (página principal|inicio))?$/i,
      line('Suscribirse a: Enviar comentarios (Atom)'),
      line('Publicar comentarios (Atom)'),
      line('Nota: solo los miembros de este blog pueden publicar comentarios.'),
    ],
  },
];
