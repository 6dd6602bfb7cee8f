/**
 * Page furniture: the lines a web page wraps around an article (icon sprites,
 * share and follow buttons, comment forms, cookie and newsletter lines, page
 * counters, story ids). Each rule is one named expression for one kind of line.
 */
const ICON_SPRITE = /(?:\bicon\b.*){4,}|(?:[a-z]+icon\s+){4,}/i;
/** Every icon sprite line holds "icon": a quick test that spares the slow one on other lines. */
const ICON = /icon/i;
const SHARE_OR_FOLLOW =
  /^(?:follow(?: us)?|share(?: this(?: article| story)?)?|tweet|print|e-?mail|whatsapp|facebook|twitter|telegram|linkedin|reddit|pinterest|copy link|save|bookmark|like|comments?|\d+\s+comments?|leave a (?:comment|reply)|send comment|add comment|post comment|view comments|show comments|comment\s*\(\d+\))\s*[:|]?\s*$/i;
/** The networks share buttons are named by. */
const NETWORKS = 'facebook|twitter|x|whatsapp|telegram|linkedin|reddit|pinterest|e-?mail|print|share|messenger|viber|vk|flipboard';
/** A row of share buttons named by their networks, one word each or as icon names: "icon-facebook icon-twitter icon-whatsapp", "Facebook Twitter Email". */
const SHARE_BAR = new RegExp(String.raw`^(?:(?:icon[-_ ]?)?(?:${NETWORKS}|copy(?:[-_ ]?link)?)(?:[-_ ]?icon)?[\s|•·,/]*){2,}$`, 'i');
/** One share button named by its network and an icon ("Facebook icon", "icon-whatsapp"), or by its network's new name: "X (formerly Twitter)". */
const SHARE_ICON = new RegExp(String.raw`^(?:icon[-_ ]?(?:${NETWORKS})|(?:${NETWORKS})[-_ ]?icon|x\s*\(formerly\s+twitter\))\s*$`, 'i');
const COMMENT_FORM =
  /^(?:please (?:type|write|enter) (?:in )?your comments?|the comments that contain|your (?:name|email|comment)\b|comments? (?:are|will be) (?:moderated|reviewed))/i;
const COOKIES = /\bcookies?\b.*\b(?:use|accept|consent|policy|settings|browsing|experience)\b|\b(?:accept|reject) (?:all )?cookies\b/i;
const NEWSLETTER =
  /^(?:sign up|subscribe|join)\b.*\b(?:newsletter|mailing list|updates|alerts|channel)\b|^(?:join the mailing list|subscribe now|sign up now|get our newsletter)\s*$|^newsletters?\s+(?:sign[\s-]?up|subscribe)\b.{0,40}$/i;
/** Account links of a page's top bar: "Register / Login", "Sign in | Subscribe". */
const ACCOUNT = /^(?:.{0,40}\s)?(?:register|log\s?in|sign\s?in|sign\s?up|subscribe)\s*[/|]\s*(?:register|log\s?in|sign\s?in|sign\s?up|subscribe)\s*$/i;
/** A sidebar entry stamped with its age ("1h ago", "47 mins ago - World"): another story, or the page's clock. */
const TIME_AGO = /^\d{1,3}\s*(?:s|secs?|seconds?|m|mins?|minutes?|h|hrs?|hours?|d|days?)\s*ago(?:\s*$|\s*[-–—|•]\s*[\p{L} ]{0,25}$|(?=\p{Lu}))/iu;
const CALL_TO_ACTION = /\b(?:JOIN NOW|SUBSCRIBE NOW|SIGN UP NOW|DOWNLOAD (?:THE )?APP|CLICK HERE)\b/;
const NAVIGATION =
  /^(?:back to top(?: button)?|(?:press\s+["“]?enter["”]?\s+to\s+)?(?:skip|jump) to (?:the )?(?:main )?(?:content|navigation|article)|main menu|menu|search|home|next article|previous article|related(?: articles| stories| news)?|most (?:read|popular|viewed)|trending|advertisement|sponsored|loading\.*|close|toggle navigation|you may also like|more from .{1,30}|latest news|top stories|source link(?:\s*[-–—:]?\s*\d{1,4})?|original article|view original(?: article)?)\s*:?\s*$/i;
/** Skip links, one or several run together: "Skip to main contentSkip to navigation". */
const SKIP_LINKS = /^(?:(?:skip|jump) to (?:the )?(?:main )?(?:content|navigation|article|search|footer|menu)\s*[|•·]?\s*){2,4}$/i;
/** A page's warning that the story is old: "This article is more than 5 years old". */
const AGE_WARNING =
  /^this (?:article|story|content|page) is (?:more|older) than (?:\d{1,2}|a|an|one|two|three|four|five|six|seven|eight|nine|ten) (?:years?|months?) old\.?$/i;
/** A blog feed's footer naming where the post ran first: "The post <headline> appeared first on <site>." */
const FEED_FOOTER = /^the post .{1,300} appeared first on .{1,80}$/i;
/** A call for readers' support, not a sentence: "Support our reporting", "Become a member", "Help us reach 10,000 members". */
const MEMBERSHIP =
  /^.{0,60}?\b(?:support\s+(?:our|independent|quality)\s+(?:journalism|reporting|work|newsroom)|become\s+a\s+(?:member|subscriber|supporter|patron)\b|help\s+us\s+reach\s+[\d,.]+\s*(?:k\s+)?(?:members|subscribers|supporters|readers)).{0,60}(?<![.!?"”])$/i;
/** A note on the page's versions: "Details added (first version posted on 18:03)", "This story has been updated." */
const VERSION_NOTE =
  /^(?:details added\b.{0,60}|\(?first version (?:posted|published)\b.{0,40}|this (?:story|article) (?:was|has been) updated\.?|a version of this (?:story|article) (?:appeared|was published|ran)\b.{0,200})$/i;
/** A stock picture's label: "Image for representation", "Representational image", "File photo". */
const STOCK_PICTURE =
  /^(?:(?:image|photo|picture)s?\s+(?:for|used\s+for)\s+representation(?:al purposes?)?|representational\s+(?:image|photo|picture)|representative\s+(?:image|photo|picture)|file\s+(?:photo|image|picture))\.?$/i;
const STORY_ID = /^(?:news|story|article|post)\s*(?:id|code|no\.?|number)\s*[:#]\s*\w+\s*$/i;
const PAGE_COUNTER = /^\d{1,6}\s*\/\s*\d{1,6}\s*$/;
const SERVICE_LABEL = /^(?:service|section|category|topic|tags?|source|photo|image|video|audio|listen|watch)\s*:\s*$/i;
const LONE_GLYPH = /^\S{1,2}$/;
const TAGS_LINE = /^tags?\s*:\s*.{0,200}$/i;
const COPYRIGHT = /^(?:©|\(c\)|copyright\b).{0,200}$/i;
/** The story's credits: "(Reporting by Jane Roe in Beirut; Editing by John Doe)". Their towns are where reporters sat. */
const CREDIT_NAMES = String.raw`\p{Lu}[\p{L}'’.-]*(?:(?:\s+|\s*,\s*|\s+and\s+)\p{Lu}[\p{L}'’.-]*){0,8}`;
const CREDIT = String.raw`(?:(?:[Aa]dditional\s+)?[Rr]eporting|[Ww]riting|[Ee]diting|[Cc]ompiled|[Pp]roduced)\s+[Bb]y\s+${CREDIT_NAMES}(?:\s+in\s+${CREDIT_NAMES})?`;
const CREDIT_LIST = String.raw`${CREDIT}(?:\s*[;,]\s*${CREDIT}){0,6}`;
const CREDITS = new RegExp(String.raw`^\(?\s*${CREDIT_LIST}\s*\)?\.?$`, 'u');
/** Credits in brackets closing a paragraph of text: "... were sheltering. (Reporting by Jane Roe; Editing by John Doe)". */
const TRAILING_CREDITS = new RegExp(String.raw`(?<=[.!?"”’])\s*\(\s*${CREDIT_LIST}\s*\)\s*$`, 'u');
/** Read on a trimmed line's last characters only: a match ends the line and is at most this long. */
const RIGHTS_RESERVED = /all rights reserved\.?\s*$/i;
/** The masthead's staff line: "EDITOR IN CHIEF- JANE ROE", "Editor-in-Chief: Jane Roe". */
const MASTHEAD_STAFF = /^(?:editor[-\s]in[-\s]chief|chief\s+editor|managing\s+editor|publisher)\s*[-:–—]\s*.{2,80}$/i;
/** A comment form's sum to solve: "4 + 4 =". */
const CAPTCHA = /^\d{1,2}\s*[+×x*−-]\s*\d{1,2}\s*=\s*\??$/;
/** A weather widget's temperatures: "27°C / 27°C", "81°F". */
const TEMPERATURE = /^-?\d{1,3}\s*°\s*[CF]?(?:\s*\/\s*-?\d{1,3}\s*°\s*[CF]?)?$/;
const RIGHTS_RESERVED_LONGEST = 'all rights reserved.'.length;
/** "READ MORE: headline" teasers point to other stories: kept, but apart from the body. */
export const TEASER =
  /^(?:read(?: more| also| next)?|also read|must read|see also|also see|related(?: stories| articles| news| coverage)?|more(?: stories| on this)?|recommended|watch|listen)\s*[:|>»-]\s*(.+)$|^read (?:this|also)(?: too)?\s+(\p{Lu}.+)$/iu;

const LINE_RULES: readonly RegExp[] = [
  SHARE_OR_FOLLOW,
  SHARE_BAR,
  SHARE_ICON,
  COMMENT_FORM,
  COOKIES,
  NEWSLETTER,
  ACCOUNT,
  TIME_AGO,
  CALL_TO_ACTION,
  MEMBERSHIP,
  NAVIGATION,
  SKIP_LINKS,
  AGE_WARNING,
  FEED_FOOTER,
  STORY_ID,
  VERSION_NOTE,
  STOCK_PICTURE,
  PAGE_COUNTER,
  SERVICE_LABEL,
  LONE_GLYPH,
  TAGS_LINE,
  COPYRIGHT,
  CREDITS,
  MASTHEAD_STAFF,
  TEMPERATURE,
  CAPTCHA,
];

/**
 * True when a line is page furniture rather than article text.
 * @example isFurniture('Send comment') // true
 * @example isFurniture('The strikes killed more than 300 militants.') // false
 */
export function isFurniture(line: string): boolean {
  const t = line.trim();
  if (!t) return false;
  if (t.length > 300) return isIconSprite(t.slice(0, 300)) && !/[.!?]["”’]?\s*$/.test(t);
  return isIconSprite(t) || LINE_RULES.some((rule) => rule.test(t)) || RIGHTS_RESERVED.test(t.slice(-RIGHTS_RESERVED_LONGEST));
}

/**
 * The line without the credits in brackets that close it, if any.
 * @example withoutTrailingCredits('The theatre was hit. (Reporting by Jane Roe; Editing by John Doe)') // 'The theatre was hit.'
 */
export function withoutTrailingCredits(line: string): string {
  return line.endsWith(')') && line.includes('by') ? line.replace(TRAILING_CREDITS, '') : line;
}

function isIconSprite(line: string): boolean {
  return ICON.test(line) && ICON_SPRITE.test(line);
}

/**
 * The teaser's headline when a line is a "READ MORE"-style cross-link, else null.
 * @example teaserOf('READ MORE: Russian Reconciliation Center evacuated 50,000') // 'Russian Reconciliation Center evacuated 50,000'
 */
export function teaserOf(line: string): string | null {
  const m = TEASER.exec(line.trim());
  const headline = m?.[1] ?? m?.[2];
  return headline ? headline.trim() : null;
}
