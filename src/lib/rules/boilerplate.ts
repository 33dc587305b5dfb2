/**
 * Boilerplate phrase tables for plain text, one row per kind of boilerplate and language.
 * A row removes a line when the whole line matches one of `lines`, or when a line no longer
 * than `maxChars` matches one of `contains`. Each row has a golden fixture folder named after
 * its id under tests/fixtures/boilerplate/ (input.txt → expected.txt). To add a language or a
 * kind, add a row and a fixture; the classifier (clean/classify.ts) does not change.
 * Rules must be general phrases of the web, never text copied from one page.
 */

export type BoilerplateKind =
  | 'share'
  | 'newsletter'
  | 'cookie'
  | 'related'
  | 'paywall'
  | 'copyright'
  | 'photo-credit'
  | 'author-bio'
  | 'ads'
  | 'navigation';

export interface BoilerplateRule {
  /** `<kind>-<lang>`; also the name of the rule's fixture folder. */
  id: string;
  kind: BoilerplateKind;
  /** BCP 47 primary subtag, or `*` for marks that need no language (©, bare social names). */
  lang: string;
  /** Whole-line patterns (the line is trimmed, bullets and trailing colons taken off first). */
  lines: RegExp[];
  /** Patterns found anywhere in a line of at most `maxChars` characters. */
  contains?: RegExp[];
  /** Longest line `contains` may judge; longer lines are prose that merely mentions the phrase. */
  maxChars?: number;
}

/** A whole line, case-insensitive, any trailing colon, dots, arrows or pipes allowed. */
const L = (source: string) => new RegExp(`^(?:${source})[\\s:.…»›>|→-]*$`, 'iu');
/** Anywhere in the line, case-insensitive. */
const C = (source: string) => new RegExp(source, 'iu');
/**
 * Anywhere in the line, case as written: for a pattern that reads capitals, such as a name
 * (`\p{Lu}` under `i` matches any letter: "The new harbour master is a former reporter…" would pass for a bio).
 */
const CASED = (source: string) => new RegExp(source, 'u');
/** `a|b` with each word's first letter in either case, for the words of a CASED pattern ("Staff Writer", "staff writer"). */
const eitherCase = (words: string) =>
  words
    .split('|')
    .map((w) => `[${w[0]!.toUpperCase()}${w[0]}]${w.slice(1)}`)
    .join('|');

const SOCIAL = 'facebook|twitter|x|linkedin|whatsapp|telegram|reddit|pinterest|instagram|youtube|tiktok|tumblr|flipboard|messenger|email|e-mail|mail|print|copy link|sms|threads|bluesky|mastodon|rss';

export const boilerplateRules: readonly BoilerplateRule[] = [
  {
    id: 'share-any',
    kind: 'share',
    lang: '*',
    // A line made only of social network names: the share bar of almost any site.
    lines: [L(`(?:(?:${SOCIAL})(?:[\\s,|/·•]+|$))+`)],
  },
  {
    id: 'share-en',
    kind: 'share',
    lang: 'en',
    lines: [
      L('share(?: this)?(?: article| story| post| page| on \\w+| via \\w+)?'),
      L('(?:tweet|pin it|like|save|print(?: this)?(?: article)?|email(?: this)?(?: article)?|copy(?: the)? link|link copied)'),
      L('follow us(?: on .{1,40})?'),
      L('share (?:this|the) (?:article|story)(?: with .{1,30})?'),
      L('click to share on .{1,30}(?: \\(opens in new window\\))?'),
      L('[\\d.,]+\\s*[km]?\\s*(?:shares?|likes?|tweets?|pins?|views?|followers?|reads?|retweets?)'),
    ],
  },
  {
    id: 'share-es',
    kind: 'share',
    lang: 'es',
    lines: [
      L('compartir(?: en \\w+| este artículo| esta noticia)?'),
      L('(?:tuitear|imprimir|enviar(?: por (?:correo|email|whatsapp))?|copiar enlace|enlace copiado)'),
      L('síguenos(?: en .{1,40})?'),
      L('[\\d.,]+\\s*[km]?\\s*(?:compartidos|me gusta|vistas|seguidores|lecturas)'),
    ],
  },
  {
    id: 'newsletter-en',
    kind: 'newsletter',
    lang: 'en',
    lines: [L('(?:subscribe|sign up|join|register)(?: now| today| for free| here)?'), L('enter your e-?mail(?: address)?'), L('(?:your )?e-?mail address')],
    contains: [
      C('\\b(?:sign up|subscribe|register)\\b.{0,60}\\bnewsletters?\\b'),
      C('\\bnewsletters?\\b.{0,40}\\b(?:sign up|subscribe|inbox)\\b'),
      C('\\b(?:delivered|straight|direct(?:ly)?) to your inbox\\b'),
      C('\\bthanks? (?:you )?for (?:signing up|subscribing)\\b'),
      C('\\bplease enter a valid e-?mail\\b'),
      C('\\bunsubscribe at any time\\b'),
    ],
    maxChars: 220,
  },
  {
    id: 'newsletter-es',
    kind: 'newsletter',
    lang: 'es',
    lines: [L('(?:suscríbete|suscribirse|regístrate|apúntate)(?: ahora| gratis| aquí)?'), L('(?:introduce|escribe) tu (?:correo|e-?mail)(?: electrónico)?')],
    contains: [
      C('\\b(?:suscríbete|suscribirse|apúntate|regístrate)\\b.{0,60}\\b(?:boletín|newsletter)\\b'),
      C('\\b(?:boletín|newsletter)\\b.{0,60}\\b(?:correo|bandeja de entrada|suscr)'),
      C('\\bgracias por (?:suscribirte|registrarte)\\b'),
      C('\\brecibe (?:nuestras|las) (?:noticias|novedades)\\b.{0,40}\\b(?:correo|email)\\b'),
    ],
    maxChars: 220,
  },
  {
    id: 'cookie-en',
    kind: 'cookie',
    lang: 'en',
    lines: [
      L('(?:accept|reject|decline|allow)(?: all)?(?: cookies)?'),
      L('(?:i agree|got it|ok(?:ay)?|agree|dismiss|continue|close)'),
      L('(?:cookie|privacy) (?:settings|preferences|policy|notice|overview)'),
      L('(?:this|our) (?:web)?site uses cookies.*'),
      L('(?:necessary|non-necessary|functional|analytics|performance|marketing|targeting|strictly necessary)(?: cookies)?(?: always enabled)?'),
      L('(?:privacy policy|terms (?:of (?:use|service)|and conditions)|terms & conditions|do not sell my (?:personal )?(?:info|information)|your privacy choices|accessibility|sitemap|site map|contact us|about us|careers|advertise(?: with us)?)'),
    ],
    contains: [
      C('\\b(?:we|this (?:web)?site|our (?:web)?site|this site) (?:uses?|may use) cookies\\b'),
      C('\\buse of cookies\\b'),
      C('\\bcookie policy\\b'),
      C('\\b(?:by (?:continuing|using) (?:to (?:use|browse) )?(?:this|our) (?:web)?site)\\b'),
      C('\\bmanage (?:your )?(?:cookie|consent|privacy) (?:settings|preferences)\\b'),
      C('\\b(?:javascript|js) (?:is )?(?:disabled|required)\\b|\\benable javascript\\b'),
    ],
    maxChars: 400,
  },
  {
    id: 'cookie-es',
    kind: 'cookie',
    lang: 'es',
    lines: [
      L('(?:aceptar|rechazar|permitir)(?: todas?)?(?: las)?(?: cookies)?'),
      L('(?:acepto|de acuerdo|entendido|cerrar|configurar|configuración)'),
      L('(?:política de (?:privacidad|cookies)|aviso legal|condiciones de uso|términos y condiciones|mapa del sitio|contacto|quiénes somos|trabaja con nosotros)'),
    ],
    contains: [
      C('\\b(?:utilizamos|usamos|este (?:sitio )?(?:web )?utiliza|esta web (?:utiliza|usa)) cookies\\b'),
      C('\\bpolítica de cookies\\b'),
      C('\\bsi contin[úu]as? navegando\\b'),
      C('\\bconfigurar (?:las )?cookies\\b'),
    ],
    maxChars: 400,
  },
  {
    id: 'related-en',
    kind: 'related',
    lang: 'en',
    lines: [
      L('(?:related|related (?:articles?|stories|posts|content|coverage|news|links|topics|reading)|more (?:stories|news|articles|coverage|on this(?: story| topic)?|from \\S+(?: \\S+)?)|see also|further reading)'),
      L('(?:recommended|recommended (?:for you|stories|articles|reading)|you (?:may|might) (?:also )?(?:like|enjoy|be interested in)|don\'t miss|editor\'?s picks?|trending(?: now| stories)?|top stories|latest(?: news| stories| articles| headlines)?|most (?:popular|read|viewed|shared|commented|emailed)(?: (?:articles|stories|videos|posts|now))?|popular(?: posts| stories| now)?|in (?:other|case you missed it) news|what to read next|up next|watch next)'),
      L('(?:read|see|watch) (?:more|next|also|this)'),
      L('(?:next|previous|prev|older|newer) (?:article|story|post|entry)'),
      L('(?:tags?|topics?|filed under|categories|category)'),
    ],
    contains: [C('^(?:read (?:also|more|next)|see also|also read|related|more)\\s*[:|»›>]\\s*\\S.{0,200}$')],
    maxChars: 220,
  },
  {
    id: 'related-es',
    kind: 'related',
    lang: 'es',
    lines: [
      L('(?:lea también|lee también|leer más|ver más|te puede interesar|también te puede interesar|quizás te interese|puede interesarte|te recomendamos|noticias relacionadas|artículos relacionados|relacionad[oa]s?|más noticias|más información|lo más (?:leído|visto|compartido|comentado)|más (?:leídas|vistas|populares)|últimas noticias|lo último|en portada|etiquetas|temas)'),
      L('(?:noticia|artículo|entrada) (?:anterior|siguiente)'),
    ],
    contains: [C('^(?:lea también|lee también|te puede interesar|también te puede interesar|leer más|ver también|relacionado)\\s*[:|»›>]\\s*\\S.{0,200}$')],
    maxChars: 220,
  },
  {
    id: 'paywall-en',
    kind: 'paywall',
    lang: 'en',
    lines: [L('(?:subscribe|sign in|log in|already a subscriber\\??)(?: (?:to (?:continue|read)|now))?(?: sign in| log in)?')],
    contains: [
      C('\\bto (?:read|continue reading|keep reading|access) (?:the full|this|the rest of this) (?:story|article)\\b'),
      C('\\balready (?:a subscriber|have an account|registered)\\b'),
      C('\\b(?:subscribe|sign in|log in) to (?:continue|keep) reading\\b'),
      C('\\byou (?:have|\'ve) (?:reached|read) (?:your|the) (?:limit|maximum)\\b|\\b\\d+ free (?:articles?|stories) (?:left|remaining)\\b'),
      C('\\b(?:this (?:article|story|content) is|available) (?:only )?(?:for|to) (?:subscribers|members)\\b|\\bsubscribers? only\\b'),
      C('\\bbecome a (?:member|subscriber)\\b|\\bsubscription (?:options|plans)\\b'),
    ],
    maxChars: 260,
  },
  {
    id: 'paywall-es',
    kind: 'paywall',
    lang: 'es',
    lines: [L('(?:inicia sesión|iniciar sesión|entrar|acceder|ya soy suscriptor|suscríbete)')],
    contains: [
      C('\\bpara (?:seguir|continuar) leyendo\\b'),
      C('\\b(?:contenido|artículo|noticia) (?:exclusiv[oa] )?para (?:suscriptores|socios|abonados)\\b'),
      C('\\bya eres (?:suscriptor|socio|abonado)\\b'),
      C('\\bhas (?:alcanzado|agotado) (?:el límite|tus artículos)\\b'),
    ],
    maxChars: 260,
  },
  {
    id: 'copyright-any',
    kind: 'copyright',
    lang: '*',
    lines: [],
    // A © or "(c) 2024" in a short line is a footer (jusText treats © as boilerplate).
    contains: [C('©|\\(c\\)\\s*(?:19|20)\\d\\d|\\bcopyright\\b\\s*(?:©\\s*)?(?:19|20)\\d\\d')],
    maxChars: 300,
  },
  {
    id: 'copyright-en',
    kind: 'copyright',
    lang: 'en',
    lines: [L('(?:reprints?(?: (?:&|and) permissions)?|permissions|licensing|syndication)')],
    contains: [C('\\ball rights reserved\\b'), C('\\bmay not be (?:published|reproduced|republished|rewritten|redistributed|copied)\\b')],
    maxChars: 300,
  },
  {
    id: 'copyright-es',
    kind: 'copyright',
    lang: 'es',
    lines: [],
    contains: [C('\\btodos los derechos reservados\\b'), C('\\bprohibida (?:su |la )?(?:reproducción|copia)\\b'), C('\\bqueda prohibid[oa]\\b.{0,40}\\breproducción\\b')],
    maxChars: 300,
  },
  {
    id: 'photo-credit-en',
    kind: 'photo-credit',
    lang: 'en',
    lines: [
      L('(?:photo|photograph|image|picture|illustration|video|graphic)s?(?: credit)?\\s*(?:[:/]|by)\\s*.{1,80}'),
      L('(?:credit|source|courtesy(?: of)?)\\s*:\\s*.{1,80}'),
      L('(?:\\(?(?:getty images|ap photo|reuters|afp|shutterstock|istock(?:photo)?|alamy|epa|file photo)\\)?(?:[\\s/|,]+.{0,40})?)'),
    ],
  },
  {
    id: 'photo-credit-es',
    kind: 'photo-credit',
    lang: 'es',
    lines: [
      L('(?:foto|fotografía|imagen|ilustración|vídeo|video)s?\\s*(?::|/|de)\\s*.{1,80}'),
      L('(?:fuente|cortesía(?: de)?|crédito)\\s*:\\s*.{1,80}'),
      L('(?:\\(?(?:efe|europa press|getty images|reuters|afp|archivo)\\)?(?:[\\s/|,]+.{0,40})?)'),
    ],
  },
  {
    id: 'author-bio-en',
    kind: 'author-bio',
    lang: 'en',
    lines: [
      L('(?:about the author|about (?:the )?writer|contact the (?:author|writer|reporter)|author profile|more from (?:this|the) author|more by this author)'),
      L('(?:view|see|read) (?:all|more) (?:posts|articles|stories) by .{1,60}'),
      L('(?:follow|email|contact) (?:him|her|them|the author|me) (?:on|at) .{1,60}'),
      L('(?:posts|articles|stories) by .{1,60}'),
    ],
    contains: [CASED(`^\\p{Lu}\\p{L}+(?: \\p{Lu}\\.?)?(?: \\p{Lu}[\\p{L}'’-]+){1,3} (?:is|was) (?:a|an|the) (?:[\\p{L}-]+ ){0,4}(?:${eitherCase('writer|reporter|correspondent|journalist|editor|columnist|contributor|blogger|author')})\\b`)],
    maxChars: 320,
  },
  {
    id: 'author-bio-es',
    kind: 'author-bio',
    lang: 'es',
    lines: [L('(?:sobre el autor|sobre la autora|acerca del autor|más artículos de .{1,60}|ver (?:todas las entradas|todos los artículos) de .{1,60}|sígue(?:le|la) en .{1,40})')],
    contains: [CASED(`^\\p{Lu}\\p{L}+(?: \\p{Lu}[\\p{L}'’-]+){1,3} es (?:un|una) (?:[\\p{L}-]+ ){0,4}(?:${eitherCase('periodista|redactor|redactora|corresponsal|editor|editora|columnista|colaborador|colaboradora')})\\b`)],
    maxChars: 320,
  },
  {
    id: 'ads-en',
    kind: 'ads',
    lang: 'en',
    lines: [L('(?:advertisement|advertising|advert|ad|ads|sponsored(?: content| post| links?)?|paid (?:content|post|partner)|promoted(?: content)?|partner content|story continues below(?: advertisement)?|continue reading below|article continues (?:below|after advertisement))')],
    contains: [
      C('\\bwe (?:may )?(?:earn|receive|get) (?:a |an )?(?:small )?(?:affiliate )?commission\\b'),
      C('\\b(?:contains|may contain|includes) affiliate links\\b|\\baffiliate (?:links?|disclosure)\\b'),
      C('\\bif you (?:buy|purchase|click) (?:something|a product|an item) (?:through|via|from) (?:our|these|the) links\\b'),
      C('\\bas an amazon associate\\b'),
    ],
    maxChars: 320,
  },
  {
    id: 'ads-es',
    kind: 'ads',
    lang: 'es',
    lines: [L('(?:publicidad|anuncio|patrocinado|contenido patrocinado|sigue leyendo debajo(?: del anuncio)?|la noticia continúa (?:abajo|debajo))')],
    contains: [C('\\b(?:podemos|puede que) (?:recibir|recibamos|obtener) una comisión\\b'), C('\\benlaces? de afiliados?\\b')],
    maxChars: 320,
  },
  {
    id: 'navigation-en',
    kind: 'navigation',
    lang: 'en',
    lines: [
      L('(?:home|homepage|menu|main menu|open menu|close menu|toggle navigation|navigation|search|search for|search this site|skip to (?:main )?content|skip to navigation|skip navigation|jump to|back to top|top|go to top|next|previous|prev|more|show more|load more|view all|see all|close|log ?in|log ?out|sign in|sign out|sign up|register|my account|account|profile|settings|edition|sections|all sections|news|video|videos|podcasts?|newsletters?|weather|sports?|opinion|business|world|politics|tech|technology|lifestyle|entertainment|culture)'),
      // Breadcrumbs: "Home > News > Local", "Home / World", "Home » Blog".
      L('home\\s*[>»/|›]\\s*.{1,120}'),
    ],
  },
  {
    id: 'navigation-es',
    kind: 'navigation',
    lang: 'es',
    lines: [
      L('(?:inicio|portada|menú|menú principal|abrir menú|cerrar menú|buscar|buscador|ir al contenido(?: principal)?|saltar al contenido|volver arriba|subir|siguiente|anterior|más|ver todo|ver todos|cargar más|cerrar|mi cuenta|perfil|secciones|noticias|vídeos?|videos?|opinión|deportes|economía|internacional|nacional|política|cultura|sociedad|tecnología|el tiempo)'),
      L('(?:inicio|portada)\\s*[>»/|›]\\s*.{1,120}'),
    ],
  },
];
