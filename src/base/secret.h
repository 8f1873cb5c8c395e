/* secret.h - keep passwords out of what docgraph prints. */
#ifndef DG_SECRET_H
#define DG_SECRET_H

/* `text` (a store spec, a URL) as it may be shown: the password of a
 * URL's user information (scheme://USER:PASSWORD@HOST) and the value of
 * every password-like key (password=, passwd=, pwd=, pass=, secret=;
 * any case; in a list separated by ; & , or blanks) replaced by "***".
 * Everything else is kept, so that the text still says which store or
 * server it names. Returns a new string; free with free(). */
char *dg_secret_mask(const char *text);

/* 1 if dg_secret_mask() would change `text`. */
int dg_secret_found(const char *text);

#endif
