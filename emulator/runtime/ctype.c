/* Shuttle runtime: <ctype.h> — ASCII character classes and case mapping ("C" locale).
   Values outside 0..127 (including EOF) belong to no class and map to themselves. */
#include <ctype.h>

int isdigit(int c) { return c >= '0' && c <= '9'; }
int isupper(int c) { return c >= 'A' && c <= 'Z'; }
int islower(int c) { return c >= 'a' && c <= 'z'; }
int isalpha(int c) { return isupper(c) || islower(c); }
int isalnum(int c) { return isalpha(c) || isdigit(c); }
int isxdigit(int c) { return isdigit(c) || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F'); }
int isspace(int c) { return c == ' ' || (c >= '\t' && c <= '\r'); }
int isblank(int c) { return c == ' ' || c == '\t'; }
int isprint(int c) { return c >= 0x20 && c <= 0x7e; }
int isgraph(int c) { return c > 0x20 && c <= 0x7e; }
int iscntrl(int c) { return (c >= 0 && c < 0x20) || c == 0x7f; }
int ispunct(int c) { return isgraph(c) && !isalnum(c); }

int toupper(int c) {
  if (islower(c)) return c - 'a' + 'A';
  return c;
}

int tolower(int c) {
  if (isupper(c)) return c - 'A' + 'a';
  return c;
}
