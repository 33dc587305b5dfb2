/**
 * What an article page says about where a story comes from and how to pass it on: the
 * original publication's domain, and plain share links that need no third-party script.
 */

/** The publication's domain for the source box: `https://www.example.com/x` → `example.com`. */
export function sourceDomain(url: string): string | null {
  try {
    const host = new URL(url).hostname;
    return host ? host.replace(/^www\./i, '') : null;
  } catch {
    return null;
  }
}

export interface ShareLink {
  /** Stable id, for styling and tests. */
  id: 'email' | 'x' | 'facebook' | 'linkedin' | 'whatsapp';
  /** Name of the service as shown. */
  service: string;
  href: string;
}

/** Share URLs each service documents for a plain link: opening one loads nothing on this page. */
export function shareLinks(url: string, title: string, emailLabel: string): ShareLink[] {
  const u = encodeURIComponent(url);
  const tt = encodeURIComponent(title);
  return [
    { id: 'email', service: emailLabel, href: `mailto:?subject=${tt}&body=${u}` },
    { id: 'x', service: 'X', href: `https://x.com/intent/post?url=${u}&text=${tt}` },
    { id: 'facebook', service: 'Facebook', href: `https://www.facebook.com/sharer/sharer.php?u=${u}` },
    { id: 'linkedin', service: 'LinkedIn', href: `https://www.linkedin.com/sharing/share-offsite/?url=${u}` },
    { id: 'whatsapp', service: 'WhatsApp', href: `https://wa.me/?text=${tt}%20${u}` },
  ];
}
