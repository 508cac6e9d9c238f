#include "langid.h"

#include <string.h>

const char *lang_name(lang_id lang)
{
    switch (lang) {
    case LANG_RU: return "ru";
    case LANG_KK: return "kk";
    case LANG_MIXED: return "mixed";
    default: return "und";
    }
}

lang_id lang_from_name(const char *name)
{
    if (strcmp(name, "ru") == 0)
        return LANG_RU;
    if (strcmp(name, "kk") == 0)
        return LANG_KK;
    if (strcmp(name, "mixed") == 0)
        return LANG_MIXED;
    return LANG_UND;
}

/* Frequent words that only one of the two languages has. Words both have
 * (да, те, бар, ал) are left out. */
static const char *const ru_function_words[] = {
    "и", "в", "во", "на", "не", "что", "с", "со", "по", "к", "ко", "о", "об",
    "как", "это", "а", "но", "из", "за", "от", "для", "у", "же", "бы", "так",
    "его", "ее", "их", "он", "она", "они", "мы", "вы", "я", "при", "до",
    "или", "уже", "только", "был", "была", "были", "было", "будет", "который",
    "которые", "которая", "которых", "также", "этот", "эти", "этого", "все",
    "всех", "ли", "если", "чтобы", "между", "после", "когда", "где", "еще",
    "очень", "может", "того", "том", "этом", "нет", "ни", "однако", "лишь",
    "через", "более", "сейчас", "теперь", "свою", "свои", "своих", NULL};
static const char *const kk_function_words[] = {
    "және", "мен", "бен", "пен", "бұл", "осы", "сол", "үшін", "деп", "деді",
    "емес", "жоқ", "болып", "болды", "болса", "еді", "екен", "қазір", "тағы",
    "әр", "бір", "біз", "олар", "ол", "оның", "бірақ", "алайда", "сондай-ақ",
    "өз", "жылы", "кейін", "арқылы", "туралы", "бойынша", "дейін", "сияқты",
    "ретінде", "қарай", "біздің", "мұндай", "бола", "болады", "керек", "бүгін",
    "ғана", "тек", "әлі", "яғни", "себебі", "немесе", "жəне", NULL};

static int in_list(const char *const *list, const char *w, size_t len)
{
    for (size_t i = 0; list[i]; i++)
        if (strlen(list[i]) == len && memcmp(list[i], w, len) == 0)
            return 1;
    return 0;
}

void langid_word_traits(const char *w, size_t len, word_traits *t)
{
    memset(t, 0, sizeof *t);
    for (size_t i = 0; i < len;) {
        unsigned char c = (unsigned char)w[i];
        if (c < 0x80) {
            if ((c | 0x20) >= 'a' && (c | 0x20) <= 'z')
                t->latin = 1;
            i++;
            continue;
        }
        unsigned cp = 0, n = c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : c >= 0xC0 ? 2 : 1;
        if (n == 2 && i + 1 < len)
            cp = ((c & 0x1Fu) << 6) | ((unsigned char)w[i + 1] & 0x3Fu);
        if (cp >= 0x400 && cp <= 0x4FF) {
            t->cyrillic = 1;
            /* ә ғ қ ң ө ұ ү һ і (and their capitals) */
            switch (cp | 0x1) {
            case 0x4D9: case 0x493: case 0x49B: case 0x4A3: case 0x4E9:
            case 0x4B1: case 0x4AF: case 0x4BB:
                t->kazakh = 1;
                break;
            }
            if (cp == 0x456 || cp == 0x406)
                t->kazakh = 1;
        } else if (cp >= 0xC0 && cp < 0x250) {
            t->latin = 1;
        }
        i += n;
    }
    t->ru_function = (unsigned char)in_list(ru_function_words, w, len);
    t->kk_function = (unsigned char)in_list(kk_function_words, w, len);
}

void langid_vote(lang_votes *v, const word_traits *t)
{
    if (t->cyrillic) {
        v->cyrillic_words++;
        if (t->kazakh)
            v->kk += 1.0;
        else
            v->ru += 0.25;
    } else if (t->latin) {
        v->latin_words++;
    }
    if (t->ru_function)
        v->ru += 2.0;
    if (t->kk_function)
        v->kk += 2.0;
}

lang_id langid_decide(const lang_votes *v)
{
    if (v->kk == 0.0 && v->ru == 0.0)
        return LANG_UND;
    return v->kk > v->ru ? LANG_KK : LANG_RU;
}

lang_id langid_document(size_t ru, size_t kk)
{
    size_t n = ru + kk;
    if (n == 0)
        return LANG_UND;
    if (ru * 5 >= n && kk * 5 >= n && ru && kk)
        return LANG_MIXED;
    return kk > ru ? LANG_KK : LANG_RU;
}
