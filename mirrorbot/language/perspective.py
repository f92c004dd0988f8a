"""Restating an utterance from the listener's side (I <-> you).

``mirror(text)`` swaps first and second person in the whole input and makes
the verbs agree; every other character is kept as it was typed.

What it does, and the choices behind it:

- I/me/my/mine/myself become you/you/your/yours/yourself; we/us/our/ours/
  ourselves become you/you/your/yours/yourselves. The other way, "you" becomes
  "I" as a subject and "me" as an object, your/yours/yourself become
  my/mine/myself, yourselves becomes ourselves, and a plural "you" ("you
  guys", "you both", "all of you") becomes we/us.
- Subject or object "you" is read from the words around it: after a
  preposition or an ordinary verb it is an object ("told you", "with you");
  after an auxiliary that opens a question, a conjunction, "that"/"if"/"when",
  a noun or at the start of a clause it is a subject ("do you", "when you
  left", "the way you talk"). Verbs of thinking and saying take a clause
  ("I know you care") and "like"/"than"/"before"... take one only when a
  verb follows ("like you said", but "people like you").
- Verbs agree in both directions: I am / you are, I was / you were, am I /
  are you, was I / were you, "you aren't" -> "I'm not", "aren't you" ->
  "aren't I", "you weren't" -> "I wasn't". "if I were you" -> "if you were
  me"; a subjunctive "were" stays ("I wish you were here").
- Contractions keep their apostrophe (straight or curly). Casual forms
  without one are understood where they cannot be another word: im, ive,
  youre, youve, youll, youd, u, ur. "id"/"ill"/"were" are left alone.
- Case: "I" opening a sentence becomes "You", elsewhere "you"; a subject
  "you" always becomes "I"; "My" -> "Your", "ME" -> "YOU", a casual
  lowercase "i" -> "you". Words that only contain the letters (Iowa,
  meaning, "a gold mine", "the US", "World War I", e-mail addresses,
  hyphenated compounds like "me-time") are left alone.
- Direct quotations ("..." and '...', straight or curly) are someone's
  exact words and stay untouched: "You told him 'I'm done'". A message that
  is entirely one quotation is mirrored as usual.
- A pair that names both people ("you and I", "you and me", "me and you")
  stays as it is: read from either side it names the same two people, and
  swapping gives the awkward "I and you".
- Formulas that are not about who does what to whom stay as they are:
  "thank you" (also "say thank you"; but "I want to thank you" -> "You want
  to thank me"), "bless you", "fuck you", "see you later", a sign-off "love
  you"/"miss you", the fillers "you know" / "you see" / "mind you" (set off
  by punctuation), "oh my god", "excuse me". "I mean", "I guess" are real
  first-person hedges and are mirrored.

It is linear in the length of the text: one split into words, then a fixed
amount of work around each pronoun.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterable

# ---------------------------------------------------------------- word lists

_WORD = re.compile(r"(\w+(?:['\u2019]\w+)*)")
_ANY_PRONOUN = re.compile(
    r"\b(?:i|me|my|mine|myself|we|us|our|ours|ourselves|you|your|yours|yourself|yourselves"
    r"|u|ur|im|ive|youre|youve|youll|youd)\b",
    re.IGNORECASE,
)
_HAS_QUOTE = re.compile("[\"'\u2018\u2019\u201c\u201d]")


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


# First person -> second person. Apostrophes are normalised to "'" for lookup.
_FIRST = {
    "i": "you", "me": "you", "my": "your", "mine": "yours", "myself": "yourself",
    "i'm": "you're", "i've": "you've", "i'd": "you'd", "i'll": "you'll",
    "im": "you're", "ive": "you've",
    "we": "you", "us": "you", "our": "your", "ours": "yours", "ourselves": "yourselves",
    "we're": "you're", "we've": "you've", "we'd": "you'd", "we'll": "you'll",
}  # fmt: skip
# Second person -> first person (except bare "you"/"u"/"ur", decided in context).
_SECOND = {
    "your": "my", "yours": "mine", "yourself": "myself", "yourselves": "ourselves",
    "you're": "I'm", "you've": "I've", "you'd": "I'd", "you'll": "I'll",
    "youre": "I'm", "youve": "I've", "youll": "I'll", "youd": "I'd",
}  # fmt: skip
_SHIFTED = frozenset(_FIRST) | frozenset(_SECOND) | {"you", "u", "ur"}
_I_FORMS = _words("i i'm i've i'd i'll im ive")

_PREP = _words(
    "to with at about from of on in into onto upon by without within toward towards against "
    "among amongst between behind beside besides beyond near around through throughout over "
    "under above below beneath underneath except despite via per unlike including regarding "
    "concerning past along across inside outside alongside amid off for bout thru beneath"
)
# Words that are prepositions before a noun and conjunctions before a clause.
_PREP_CONJ = _words("like before after until till til since than as")
_CONJ = _words(
    "and or nor but so because cause cuz coz bc if when whenever while whilst that what "
    "whatever who whoever whom whose which whichever where wherever why how however whether "
    "unless though although once then yet"
)
_MODAL_DO = _words(
    "do does did don't doesn't didn't dont doesnt didnt can could will would should shall must "
    "might may can't cannot couldn't won't wouldn't shouldn't mustn't mightn't shan't cant "
    "couldnt wont wouldnt shouldnt"
)
_BE_PLURAL = _words("are were aren't weren't am arent werent r")
_HAVE = _words("have has had haven't hasn't hadn't havent hasnt hadnt")
_COPULA = _words("is was isn't wasn't isnt wasnt be been being")
_BE_ANY = _BE_PLURAL | _COPULA | _words("i'm im you're we're they're he's she's it's")
# Auxiliaries that can only follow a subject: "... you would", "... you were".
_STRONG_AUX = _words(
    "are were was will would can could should shall might must may had don't didn't "
    "won't can't wouldn't couldn't shouldn't aren't weren't wasn't haven't hadn't "
    "dont didnt wont cant wouldnt couldnt shouldnt arent werent wasnt havent hadnt "
    "never always"
)
_AUX = _MODAL_DO | _BE_PLURAL | _HAVE | _COPULA | _STRONG_AUX
_SUBJECT_PRONOUNS = _words("i he she they we it who i'd i'll i've you'd you'll they'd we'd")
_DETERMINERS = _words(
    "a an the this that these those every each any some no my your his her their our its "
    "one first last only another other"
)
# Adverbs that sit between a subject and its verb ("you really are").
_MID_ADVERBS = _words(
    "really just never always still also only even ever honestly truly actually definitely "
    "probably certainly seriously literally totally completely sometimes often usually "
    "clearly obviously genuinely simply basically kinda sorta constantly barely hardly rarely "
    "finally suddenly apparently supposedly almost nearly mostly already sure"
)
# After "you" these mark an object ("love you too", "told you that", "with you and me").
_OBJECT_FOLLOWERS = (
    _DETERMINERS
    | _PREP
    | _words(
        "and or but because cause if so too again very more most less much enough back away out "
        "up down here there now today tonight tomorrow yesterday later forever anymore already "
        "well better best alone first last lots twice right instead though anyway either neither "
        "me him her them us it something anything everything nothing someone anyone everyone "
        "nobody somebody anybody everybody guys all both a lot dearly personally who "
        # a subject after "you" starts the clause: "I promised you I would stop"
        "i he she we they you i'm i've i'd i'll he's she's we're they're"
    )
)
_PLURAL_AFTER = _words("guys all both two three people lot folks")
_QUANTIFIERS = _words(
    "all both each some any none many most few several one two three either neither half"
)

# Common verbs (base forms); -s/-ed forms are derived below.
_VERB_BASES = _words(
    "love hate need want like miss trust hurt help tell ask call text leave meet see hear "
    "know think feel make let give show teach thank blame forgive understand believe "
    "respect hug kiss hold touch push pull hit kick yell scream shout lie cheat betray "
    "ignore avoid follow stop stay go come bring take send buy pay owe lend promise warn "
    "remind convince force expect choose pick find lose keep leave hire fire invite visit "
    "accept reject judge criticize criticise praise support protect save watch notice "
    "care try seem look sound act work play talk speak say listen laugh cry smile sleep eat "
    "drink live die wait walk run drive fly sit stand fall rise move change grow learn "
    "remember forget agree argue fight win fail decide start begin end finish open close "
    "read write sing dance wish hope guess suppose mean matter happen deserve sense appear "
    "become get put set do have ghost date marry divorce dump bother annoy scare upset "
    "disappoint surprise shock confuse frustrate anger embarrass excite worry bore tire "
    "drag tease mock insult abandon reject neglect understand recognize recognise realize "
    "realise assume figure reckon suspect doubt swear pretend imagine admit deny refuse "
    "claim complain explain mention suggest insist fear adore appreciate value admire "
    "respect envy resent regret apologize apologise own share use waste spend raise treat "
    "handle manage deal cope struggle hide seek search wonder ghosted text message email "
    "phone reply respond answer question interrupt rush stress pressure push count rely "
    "depend belong fit include exclude let lead"
)
_IRREGULAR_PAST = _words(
    "was were had did made said told gave took saw heard knew thought felt left met kept "
    "found lost got went came brought bought sent paid lent held hit hurt let put set ran "
    "sat stood fell rose grew drove flew ate drank slept spoke wrote read sang understood "
    "forgot forgiven given taken seen known shown swore swept meant became began won fought "
    "taught caught threw thrown broke broken chose chosen hid hidden led lied lay laid "
    "woke spent done gone been"
)


def _verb_forms(bases: Iterable[str]) -> frozenset[str]:
    forms: set[str] = set()
    for base in bases:
        forms.add(base)
        if base.endswith("e"):
            forms.update((base + "s", base + "d"))
        elif base.endswith("y") and base[-2:-1] not in ("a", "e", "o", "u"):
            forms.update((base[:-1] + "ies", base[:-1] + "ied"))
        elif base.endswith(("s", "sh", "ch", "x", "z")):
            forms.update((base + "es", base + "ed"))
        else:
            forms.update((base + "s", base + "ed", base + base[-1] + "ed"))
    return frozenset(forms)


_VERBS = _verb_forms(_VERB_BASES) | _IRREGULAR_PAST
# Verbs that take a clause, so "you" after them is a subject when a verb follows.
_CLAUSE_VERBS = _verb_forms(
    _words(
        "think know believe hope guess feel wish suppose mean say realize realise assume "
        "figure reckon suspect doubt swear promise pretend imagine remember forget agree "
        "admit decide understand worry fear expect pray insist argue claim bet trust learn "
        "guarantee sense complain seem appear show prove suggest read see"
    )
) | _words("thought knew felt meant said swore forgot understood learnt bet known")
# Perception verbs: "saw you leave" (object), "saw you were" (subject).
# "felt" too ("I felt you pull away"); a present "feel" takes a clause ("I feel you hate me").
_PERCEPTION = (_verb_forms(_words("see hear watch notice")) - _words("see sees")) | _words(
    "saw seen heard felt"
)
_PAST_MARKERS = _IRREGULAR_PAST - _words("let put set hit hurt read")
# A verb that agrees with he/she/it cannot have "you" as its subject:
# "nobody but you understands me".
_THIRD_SINGULAR = frozenset(
    f for f in _VERBS if f.endswith("s") and f not in _VERB_BASES and f != "was"
) | _words("is has does doesn't isn't hasn't doesnt isnt hasnt")
# Words in -ing that are not verbs.
_ING_NOUNS = _words(
    "everything something anything nothing thing king ring spring sibling darling morning "
    "evening wedding ceiling building meeting feeling ending beginning during painting "
    "clothing sibling being"
)
# "you all" is plural unless "all" starts a phrase of its own ("you all over", "all to myself").
_NOT_PLURAL_ALL = _words("over along alone day night the that this wrong right mine yours")

# Formulas left as they are when they open a clause.
_FORMULA_VERBS = _words("thank fuck screw bless damn")
_FAREWELL_AFTER = _words("later soon tomorrow around then next again tonight there")
_SIGNOFF_VERBS = _words("love miss")
_FILLER_VERBS = _words("know see")
_OH = _words("oh ah ahh ohh omg dear")
_MY_FORMULA = _words("god gosh goodness lord heavens word days stars bad")
_ME_FORMULA = _words("excuse pardon")
_MINE_NOUN = _DETERMINERS | _words(
    "gold coal salt diamond copper silver iron tin uranium land old abandoned underground"
)
_ROMAN_BEFORE = _words(
    "war part chapter phase type class level grade volume vol act book section stage season "
    "episode henry elizabeth charles james george louis william edward mary richard john"
)
_INVERSION_OPENERS = _words("so neither nor not then now also")
_FILLER_OPENERS = _words("like and but so just")
_FORMULA_OPENERS = _words("and but so just really well ok okay")
_SIGNOFF_AFTER = _words("too so always lots more guys all")
_CONJ_OBJECT_FOLLOWERS = _OBJECT_FOLLOWERS - _words("so then now")
_SUBJECT_AUX = _STRONG_AUX - _words("never always")
_OBJECT_PRONOUNS = _words("me him her them us")
_WISH = _words("wish wished wishes")
_SUBJUNCTIVE_AFTER = _words("me him her them us i you in")
_UR_IS_YOU_ARE = _words(
    "not so too very really always never just still a an the gonna going being right wrong "
    "welcome sure such"
)
_GLUE_BEFORE = frozenset("@#/\\<=$%^&|~`")
_GLUE_AFTER = frozenset("@/\\>=+|~`%")
_TIGHT_JOIN = frozenset((".", ":", "-", "'", "\u2019"))


# ---------------------------------------------------------------- the text as words


class _Words:
    """The text split into alternating separators and words: ``parts[k]`` is a
    word for odd ``k``; ``parts[k - 1]`` and ``parts[k + 1]`` are the
    separators around it."""

    __slots__ = ("apostrophe", "lows", "n", "parts", "text")

    def __init__(self, text: str) -> None:
        self.text = text
        self.parts = _WORD.split(text)
        self.n = len(self.parts)
        # Lower case with straight apostrophes, for lookups (separators too:
        # one C-level pass is cheaper than picking out the words).
        lows = list(map(str.lower, self.parts))
        if "\u2019" in text:
            lows = [x.replace("\u2019", "'") for x in lows]
        self.lows = lows
        self.apostrophe = "\u2019" if "\u2019" in text and "'" not in text else "'"

    def low(self, k: int) -> str:
        """The word at ``k`` in lower case with a straight apostrophe, or ''."""
        return self.lows[k] if 0 < k < self.n else ""

    def tight_before(self, k: int) -> bool:
        """Only spaces between the word at ``k`` and the one before it."""
        return k >= 3 and _spaces(self.parts[k - 1])

    def tight_after(self, k: int) -> bool:
        return k + 2 < self.n and _spaces(self.parts[k + 1])

    def prev(self, k: int) -> str:
        """The previous word if nothing but spaces separates them, else ''."""
        return self.low(k - 2) if self.tight_before(k) else ""

    def next(self, k: int) -> str:
        return self.low(k + 2) if self.tight_after(k) else ""

    def clause_start(self, k: int) -> bool:
        """Nothing before the word at ``k`` in its clause (punctuation or start)."""
        return not self.tight_before(k)

    def sentence_start(self, k: int) -> bool:
        if k == 1:
            return True
        sep = self.parts[k - 1]
        if "\n" in sep:
            return True
        sep = sep.rstrip().rstrip("([{*\u2022>").rstrip()
        unquoted = sep.rstrip("\"'\u2018\u2019\u201c\u201d")
        if not unquoted or unquoted.endswith(("..", "\u2026")):
            return False
        if unquoted != sep:  # after a quotation: '"Stop!" I said' goes on the sentence
            return unquoted[-1] == "."
        return unquoted[-1] in ".!?"

    def all_caps_here(self, k: int) -> bool:
        """Is the text around the word at ``k`` written in capitals?"""
        for j in (k + 2, k - 2):
            if 0 < j < self.n:
                word = self.parts[j]
                if len(word) > 1 and word.isalpha():
                    return word.isupper()
        return False

    def glued(self, k: int) -> bool:
        """Part of an address, a compound or markup rather than a word of its own."""
        before = self.parts[k - 1]
        after = self.parts[k + 1] if k + 1 < self.n else ""
        if before[-1:] in _GLUE_BEFORE or after[:1] in _GLUE_AFTER:
            return True
        word = self.low(k)
        if after in _TIGHT_JOIN and k + 2 < self.n:
            return not (after == "-" and self.low(k + 2) == word)
        if before in _TIGHT_JOIN and k >= 3:
            return not (before == "-" and self.low(k - 2) == word)
        return False


def _spaces(sep: str) -> bool:
    return sep == " " or (sep != "" and sep.isspace() and "\n" not in sep)


# ---------------------------------------------------------------- quotations

_ELISIONS = _words("cause em til bout round n tis twas kay sup cuz coz ol")


def _quoted_spans(w: _Words) -> list[tuple[int, int]]:
    """Ranges of word indices (inclusive) inside paired quotation marks."""
    parts, n = w.parts, w.n
    spans: list[tuple[int, int]] = []
    open_double = open_curly = open_single = -1
    for j in range(0, n, 2):
        sep = parts[j]
        if sep == " " or not _HAS_QUOTE.search(sep):
            if "\n" in sep:
                open_double = open_curly = open_single = -1
            continue
        last = len(sep) - 1
        for i, ch in enumerate(sep):
            if ch == "\n":
                open_double = open_curly = open_single = -1
            elif ch == '"':
                if open_double < 0:
                    open_double = j
                else:
                    spans.append((open_double + 1, j - 1))
                    open_double = -1
            elif ch == "\u201c":
                open_curly = j
            elif ch == "\u201d":
                if open_curly >= 0:
                    spans.append((open_curly + 1, j - 1))
                    open_curly = -1
            else:  # ' or a curly single quote
                after_word = i == 0 and j > 0
                before_word = i == last and j + 1 < n
                opens = (
                    ch != "\u2019"
                    and before_word
                    and not after_word
                    and parts[j + 1].lower() not in _ELISIONS
                )
                closes = (
                    ch != "\u2018"
                    and after_word
                    and not before_word
                    and not parts[j - 1].lower().endswith("in")
                )
                if closes and open_single >= 0:
                    spans.append((open_single + 1, j - 1))
                    open_single = -1
                elif opens:
                    open_single = j
    spans = [(lo, hi) for lo, hi in spans if lo <= hi]
    # A message that is one quotation from end to end is the person speaking.
    if len(spans) == 1 and spans[0][0] == 1 and spans[0][1] == n - 2:
        return []
    return spans


# ---------------------------------------------------------------- case


def _styled(orig: str, repl: str) -> str:
    """``repl`` written in ``orig``'s case (UPPER, Title or lower)."""
    if len(orig) > 1 and orig.replace("'", "").replace("\u2019", "").isupper():
        return repl.upper()
    if orig[:1].isupper():
        return repl[:1].upper() + repl[1:]
    return repl


def _apostrophe(orig: str, repl: str, default: str) -> str:
    mark = "\u2019" if "\u2019" in orig else "'" if "'" in orig else default
    return repl.replace("'", mark) if mark != "'" else repl


# ---------------------------------------------------------------- the shifter


class _Shifter:
    def __init__(self, text: str) -> None:
        self.w = _Words(text)
        self.edits: dict[int, str] = {}
        self.done: set[int] = set()

    # -- helpers ---------------------------------------------------------

    def put(self, k: int, repl: str) -> None:
        """Replace the word at ``k`` with ``repl`` in its own case and apostrophe."""
        orig = self.w.parts[k]
        self.edits[k] = _apostrophe(orig, _styled(orig, repl), self.w.apostrophe)

    def put_i_form(self, k: int, repl: str) -> None:
        """A first-person-singular word ("I", "I'm") becomes ``repl`` ("you're").

        "I" is capital wherever it stands, so its case says nothing: "You" only
        opens a sentence, and a casual lowercase "i" stays lowercase."""
        w = self.w
        orig = w.parts[k]
        if (len(orig) > 1 and orig.replace("'", "").replace("\u2019", "").isupper()) or (
            orig[:1] == "I" and w.all_caps_here(k)
        ):
            out = repl.upper()
        elif orig[:1] == "I" and w.sentence_start(k):
            out = repl[:1].upper() + repl[1:]
        else:
            out = repl
        self.edits[k] = _apostrophe(orig, out, w.apostrophe)

    def put_me_i(self, k: int, repl: str) -> None:
        """ "you" becomes "I" (always capital) or "me" (in the original's case)."""
        orig = self.w.parts[k]
        if repl.startswith("I"):
            caps = len(orig) > 1 and orig.isupper()
            out = repl.upper() if caps else repl
            self.edits[k] = _apostrophe(orig, out, self.w.apostrophe)
        else:
            self.put(k, repl)

    def inverted(self, k: int) -> bool:
        """Does the auxiliary at ``k`` open a question ("Are you", "why were you")?"""
        w = self.w
        if w.clause_start(k):
            return True
        before = w.low(k - 2)
        return before in _CONJ or before in _INVERSION_OPENERS

    def finite(self, k: int, depth: int = 0) -> bool:
        """Does a verb phrase start at word ``k`` ("said", "would", "always do")?"""
        word = self.w.low(k)
        if not word:
            return False
        if word in _AUX or word in _VERBS or (word.endswith("ed") and len(word) > 4):
            return True
        if (word in _MID_ADVERBS or (word.endswith("ly") and len(word) > 4)) and depth < 2:
            return self.w.tight_after(k) and self.finite(k + 2, depth + 1)
        return False

    # -- "you" -------------------------------------------------------------

    def you_role(self, k: int) -> str:
        """'subj', 'obj', 'keep', 'we' or 'us' for the "you" at ``k``."""
        w = self.w
        prev = w.prev(k)
        nxt = w.next(k)
        prev2 = w.prev(k - 2) if prev else ""
        at_start = not prev

        # Fillers and formulas.
        if nxt in _FILLER_VERBS and (at_start or prev in _FILLER_OPENERS):
            after = w.parts[k + 3] if k + 3 < w.n else ""
            if k + 3 >= w.n or (after.strip() and not _spaces(after)):
                return "keep"
        if nxt == "know" and w.low(k + 4) == "what" and w.tight_after(k + 2):
            after = w.parts[k + 5] if k + 5 < w.n else ""
            if at_start and (k + 5 >= w.n or not _spaces(after)):
                return "keep"
        # "thank you" is a formula ("say thank you") unless someone does the
        # thanking ("I want to thank you").
        if prev in _FORMULA_VERBS and not (
            prev2 in _SUBJECT_PRONOUNS or prev2 in _MODAL_DO or prev2 == "to"
        ):
            return "keep"
        if prev in _SIGNOFF_VERBS or prev == "see":
            opens = (
                (not prev2 and w.clause_start(k - 2)) or prev2 in _OH or prev2 in _FORMULA_OPENERS
            )
            if opens:
                if prev == "see" and (not nxt or nxt in _FAREWELL_AFTER):
                    return "keep"
                if prev in _SIGNOFF_VERBS and (not nxt or nxt in _SIGNOFF_AFTER):
                    return "keep"
        if prev == "mind" and w.clause_start(k - 2) and not w.tight_after(k):
            return "keep"

        # Plural "you".
        after_all = w.next(k + 2)
        if nxt in _PLURAL_AFTER and not (
            nxt == "all" and (after_all in _PREP or after_all in _NOT_PLURAL_ALL)
        ):
            obj = prev in _PREP or (prev in _VERBS and prev not in _CLAUSE_VERBS)
            return "us" if obj else "we"
        if prev == "of" and w.low(k - 4) in _QUANTIFIERS and w.tight_before(k - 2):
            return "us"

        if at_start:
            if k + 2 >= w.n:
                return "obj"
            sep = w.parts[k + 1]
            if not _spaces(sep):
                return "obj" if sep.strip()[:1] in (".", "!", "?", "\u2026") else "subj"
            if nxt in ("too", "again") or nxt in _PREP:
                return "obj"
            return self.coordinated(k, "subj")
        if prev in _PREP:
            return "obj"
        if prev in _PREP_CONJ:
            # "like you said" but "people like you never change": after a noun,
            # "like" is a preposition.
            before_like = w.prev(k - 2)
            noun_before = (
                prev == "like"
                and before_like != ""
                and before_like not in _VERBS
                and before_like not in _BE_ANY
                and before_like not in _MID_ADVERBS
                and not before_like.endswith("'s")
                and before_like not in _CONJ
            )
            if noun_before or nxt in _THIRD_SINGULAR:
                return "obj"
            return "subj" if self.finite(k + 2) and nxt != "like" else "obj"
        if prev in _CONJ:
            if prev in ("and", "or", "nor") and prev2 in _OBJECT_PRONOUNS:
                return "obj"
            if not nxt or nxt in _CONJ_OBJECT_FOLLOWERS or (nxt in _THIRD_SINGULAR):
                return "obj"
            return self.coordinated(k, "subj")
        if prev in _MODAL_DO:
            return "subj"
        if prev in _BE_PLURAL or prev in _HAVE:
            return "subj" if self.inverted(k - 2) else "obj"
        if prev in _COPULA or prev.endswith("'s"):
            return "obj"
        if prev in ("you", "u"):
            return self.default_role(k)
        if prev in ("it", "this") and not self.finite(k + 2):
            return "obj"  # "was it you who called"
        # A verb, unless a determiner makes it a noun ("the love you gave") or
        # "be" makes it an adjective ("I was surprised you came").
        verb = prev in _VERBS or (prev.endswith("ing") and prev not in _ING_NOUNS)
        if (
            not verb
            and prev2
            and (
                prev2 in _SUBJECT_PRONOUNS
                or prev2 in _MODAL_DO
                or prev2 == "to"
                or prev2 in _MID_ADVERBS
            )
        ):
            verb = True  # an unknown word after "I", "will", "to": a verb
        if verb and prev2 in _DETERMINERS:
            verb = False
        if verb and prev2 in _BE_ANY and not prev.endswith("ing"):
            verb = False
        if verb:
            if prev in _CLAUSE_VERBS and prev not in _PERCEPTION:
                return self.default_role(k)
            if prev in _PERCEPTION:
                return (
                    "subj"
                    if nxt in _STRONG_AUX
                    or nxt in _PAST_MARKERS
                    or (nxt.endswith("ed") and nxt in _VERBS)
                    else "obj"
                )
            return "subj" if nxt in _SUBJECT_AUX else "obj"
        return self.default_role(k)

    def default_role(self, k: int) -> str:
        """After a noun, an adjective or a verb of thinking: subject if a verb
        phrase seems to follow ("the way you talk"), else object."""
        w = self.w
        nxt = w.next(k)
        if not nxt or nxt in _OBJECT_FOLLOWERS or nxt in _THIRD_SINGULAR:
            return "obj"
        if nxt.endswith("ing") and nxt not in _ING_NOUNS:
            return "obj"
        if nxt.endswith("ly") and len(nxt) > 4 and not self.finite(k + 2):
            return "obj"
        return self.coordinated(k, "subj")

    def coordinated(self, k: int, role: str) -> str:
        """ "you and him" is an object however it is placed."""
        w = self.w
        if w.next(k) in ("and", "or") and w.low(k + 4) in _OBJECT_PRONOUNS:
            return "obj"
        return role

    # -- agreement -------------------------------------------------------

    def verb_after(self, k: int) -> int:
        """Index of the verb that agrees with the subject at ``k`` (skipping
        adverbs), or -1."""
        w = self.w
        j = k
        for _ in range(3):
            if not w.tight_after(j):
                return -1
            j += 2
            if w.low(j) not in _MID_ADVERBS:
                return j
        return -1

    def agree_i(self, k: int) -> None:
        """ "I" became "you": am -> are, was -> were, on either side."""
        w = self.w
        j = self.verb_after(k)
        if j > 0 and j not in self.edits:
            verb = w.low(j)
            repl = {"am": "are", "was": "were", "wasn't": "weren't", "wasnt": "werent"}.get(verb)
            if repl:
                self.put(j, repl)
        if w.tight_before(k) and (k - 2) not in self.edits:
            aux = w.low(k - 2)
            if aux == "am":
                self.put(k - 2, "are")
            elif aux in ("was", "wasn't", "wasnt") and self.inverted(k - 2):
                self.put(k - 2, {"was": "were", "wasn't": "weren't", "wasnt": "werent"}[aux])

    def agree_you(self, k: int) -> None:
        """ "you" became "I": are -> am, were -> was, aren't -> 'm not."""
        w = self.w
        prev = w.prev(k)
        if prev in _BE_PLURAL and (k - 2) not in self.edits and self.inverted(k - 2):
            repl = {"are": "am", "were": "was", "weren't": "wasn't", "werent": "wasnt", "r": "am"}
            if prev in repl:
                self.put(k - 2, repl[prev])
            return
        j = self.verb_after(k)
        if j < 0 or j in self.edits:
            return
        verb = w.low(j)
        if verb in ("are", "r"):
            self.put(j, "am")
        elif verb in ("were",):
            subjunctive = (
                prev in _WISH
                or (prev == "if" and w.next(j) in _SUBJUNCTIVE_AFTER)
                or (prev == "if" and w.prev(k - 2) in ("as", "only", "even"))
            )
            if not subjunctive:
                self.put(j, "was")
        elif verb in ("weren't", "werent"):
            self.put(j, "wasn't" if verb == "weren't" else "wasnt")
        elif verb in ("aren't", "arent"):
            if j == k + 2:  # "you aren't" -> "I'm not"
                orig = w.parts[j]
                mark = "\u2019" if "\u2019" in orig else "'"
                caps = orig.isupper() and w.parts[k].isupper()
                self.edits[k] = ("I" + mark + "M") if caps else ("I" + mark + "m")
                self.put(j, "not")
            else:
                self.put(j, "am not")

    # -- the pass ----------------------------------------------------------

    def run(self) -> str:
        w = self.w
        parts = w.parts
        lows = w.lows
        spans = _quoted_spans(w) if _HAS_QUOTE.search(w.text) else []
        starts = [lo for lo, _ in spans]
        for k in [k for k in range(1, w.n, 2) if lows[k] in _SHIFTED]:
            if k in self.done:
                continue
            word, low = parts[k], lows[k]
            if spans:
                at = bisect_right(starts, k) - 1
                if at >= 0 and spans[at][0] <= k <= spans[at][1]:
                    continue
            if w.glued(k):
                continue
            self.shift(k, word, low)
        if not self.edits:
            return "".join(parts)
        for k, repl in self.edits.items():
            parts[k] = repl
        return "".join(parts)

    def shift(self, k: int, word: str, low: str) -> None:
        w = self.w
        if low in ("you", "u"):
            if w.next(k) == "and" and w.low(k + 4) in ("i", "me") and w.tight_after(k + 2):
                self.done.add(k + 4)  # "you and I", "you and me": the same two people
                return
            role = self.you_role(k)
            if role == "keep":
                return
            if role in ("we", "us"):
                self.put(k, role)
            elif role == "subj":
                self.put_me_i(k, "I")
                self.agree_you(k)
            else:
                self.put_me_i(k, "me")
            return
        if low == "ur":
            nxt = w.next(k)
            if nxt in _UR_IS_YOU_ARE or nxt.endswith("ing"):
                self.put_me_i(k, "I'm")
            else:
                self.put(k, "my")
            return
        if low in _SECOND:
            repl = _SECOND[low]
            if repl.startswith("I"):
                self.put_me_i(k, repl)
            else:
                self.put(k, repl)
            return
        # First person.
        prev = w.prev(k)
        if low in _I_FORMS:
            if low in ("im", "ive") and word not in ("im", "ive", "Im", "Ive", "IM", "IVE"):
                return
            if word == "I" and prev in _ROMAN_BEFORE and w.parts[k - 2][:1].isupper():
                return
            if low == "i" and w.next(k) == "and" and w.low(k + 4) in ("you", "u"):
                self.done.add(k + 4)  # "I and you" / "me and you" stay
                return
            self.put_i_form(k, _FIRST[low])
            if low == "i":
                self.agree_i(k)
            return
        if low == "me":
            if w.next(k) == "and" and w.low(k + 4) in ("you", "u"):
                self.done.add(k + 4)
                return
            if prev in _ME_FORMULA and w.clause_start(k - 2):
                return
        elif low == "my":
            nxt = w.next(k)
            if (nxt in _MY_FORMULA and (not prev or prev in _OH)) or (
                prev in _OH and not w.tight_after(k)
            ):
                return
        elif low == "mine":
            if prev in _MINE_NOUN:
                return
        elif low == "us" and word == "US" and (prev == "the" or not w.all_caps_here(k)):
            return  # the country
        self.put(k, _FIRST[low])


def mirror(text: str) -> str:
    """``text`` with first and second person swapped, verbs agreeing,
    case and punctuation kept, everything else untouched."""
    if not _ANY_PRONOUN.search(text):
        return text
    return _Shifter(text).run()
