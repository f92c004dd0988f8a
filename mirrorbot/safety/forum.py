"""Kinds of crisis phrasing found in how people write in help-seeking forums and journals.

Found by writing a development set in those styles (tests/data/safety_dev9.toml)
and reading what the other layers missed, one rule per *kind*, never per
sentence:

- suicide told sideways: not seeing oneself at an age, the least painful way,
  a whole box or bottle of a drug, pills counted "and there's enough", the
  insurance "at least" they would get, things being better only if I am not
  here, the world not needing me, making it look like an accident, a note to
  whoever finds this, hoping the plane goes down, how high a bridge is, pills
  and a goodbye;
- self-harm by its tools and habits: a blade "not for shaving", the skin gone
  over with a compass, "the thing with the lighter" again, a hand held under
  something until it blistered, things stubbed out on my arm, not eating
  because I don't deserve to, making myself sick as a punishment;
- harm from others told through events: hands round my neck, a hand up my
  top, "he knows where my sister works" when I try to leave, what happens to
  wives who lie, rows that end with me on the floor, "he'd make sure I never
  work again", something installed on my phone, a cigarette put out on me,
  food locked away;
- harm to others: using a weapon on someone, putting something in someone's
  drink, wanting them to feel what I felt.

Who it is about, negation, stories, accidents and looking back are read
afterwards by ``detector``. Linear time: the discipline of ``patterns``
(bounded gaps of whole words, no nested quantifiers over overlapping text,
each rule starts on a literal word).
"""

from __future__ import annotations

from mirrorbot.safety.patterns import (
    DRUG,
    MEDICINES,
    PERSON,
    PERSON_NOUNS,
    E,
    Rule,
    W,
    _rule,
    across_gap,
    clause_gap,
    gap,
)

_SKIN = (
    r"(?:arm|arms|wrist|wrists|leg|legs|thigh|thighs|skin|stomach|hip|hips|forearm|forearms"
    r"|ankle|ankles|chest|side|sides|hand|hands|palm|palms|finger|fingers|shoulder|shoulders)"
)
_AGE = r"(?:[0-9]+|eighteen|twenty|twenty five|thirty|forty|fifty|sixty|the age of [0-9]+)"
_VICTIM_SKIN = r"(?:arm|arms|hand|hands|leg|legs|neck|face|back|skin|chest|stomach|wrist|wrists)"
_SHARP = (
    r"(?:compass|blade|blades|razor|razors|scissors|sharpener|glass|pin|needle|safety pin|paperclip"
    r"|scalpel|lighter|knife)"
)
_ROW = "argue argues argued argument arguments arguing fight fights fighting fought row rows rowing"
_LEAVING = "leave leaving left divorce split police tell report break go"

RULES: tuple[Rule, ...] = (
    # -- suicide ------------------------------------------------------------
    _rule(
        "forum/cannot-see-myself-at",
        "suicide",
        False,
        rf"(?P<v>can not|cannot|do not|never|could not) (?:{gap(2)})?(?P<act>see myself "
        rf"(?:(?:at|reaching|making it to|getting to|turning|living to|living past|alive at|past) {_AGE}"
        r"|growing old|getting old|getting older|having a future)(?! with))",
        "myself",
        negatable=False,
    ),
    _rule(
        "forum/least-painful-way",
        "suicide",
        False,
        r"(?P<v>least painful|most painless|painless|quickest|quietest|most peaceful|surest"
        r"|most reliable|cleanest) (?P<act>(?:way|ways|method|methods)"
        rf"(?:{E}| to (?:go|die|do it|end it|end things|check out|not wake up)(?! [a-z])| out(?! of)))",
        "way ways method methods",
        needs="painful painless quickest quietest peaceful surest reliable cleanest",
    ),
    _rule(
        "forum/whole-box",
        "suicide",
        False,
        r"(?P<v>take|took|taking|takes|swallow|swallowed|swallowing|down|downed|downing|neck|necked)"
        r" (?P<act>(?:the|a|my|an|her|his) (?:whole|entire|full) (?:box|bottle|pack|packet|strip|tub"
        r"|jar|lot|month's supply|supply|blister pack))",
        "box bottle pack packet strip tub jar lot supply",
        needs=MEDICINES.replace("_", " "),
    ),
    _rule(
        "forum/counted-enough",
        "suicide",
        False,
        rf"(?P<v>counted|counting|count|counts|lined up|lining up|laid out|laying out) (?:out )?"
        rf"(?P<act>(?:the|my|all the|all my|all of my|her|his|their) (?:old )?{DRUG})"
        rf"(?= {across_gap(6)}(?:there is enough|there are enough|enough to|is enough|are enough"
        r"|i have enough|got enough|enough [.]))",
        "pills tablets meds medication medicine paracetamol painkillers pill tablet",
    ),
    _rule(
        "forum/at-least-they-would-get",
        "suicide",
        False,
        rf"(?P<v>at least) (?:{gap(4)})?(?P<act>(?:would|could|will|might) (?:get|have|claim|collect)"
        r" (?:the |my |some )?(?:life insurance|insurance money|insurance payout|insurance|payout"
        r"|death in service|inheritance|my savings))",
        "insurance payout inheritance service savings",
    ),
    _rule(
        "forum/only-if-i-am-gone",
        "suicide",
        False,
        r"(?P<v>only way|only chance|only hope|better|happier|easier|safer|better off) "
        rf"(?:{gap(8)})?(?P<act>(?:is )?if i (?:am|was|were) (?:not (?:here|around|alive)"
        r"|no longer (?:here|around|alive)|gone|dead|out of the picture|out of the way))"
        r"(?! (?:when|by|at|on|for|to|so|until|till|tonight|today|tomorrow|this|next|while)(?![a-z]))",
        "here around alive gone dead picture way",
        who="self",
        negatable=False,
    ),
    _rule(
        "forum/world-does-not-need-me",
        "suicide",
        False,
        rf"(?P<v>world|earth|planet) (?:{gap(2)})?(?P<act>(?:does not|do not|would not|will not|never)"
        rf" need(?:s|ed)? me(?: in it| here| around| alive| anymore| any more| at all)?){E}",
        "world earth planet",
        negatable=False,
    ),
    _rule(
        "forum/look-like-an-accident",
        "suicide",
        False,
        r"(?P<v>look|looks|looked|seem|seems|pass|passed) (?:like |as |off as )?(?P<act>an accident)",
        "accident",
        needs="crash car motorway road drive driving bridge fall jump pills overdose drown river "
        "sea train tracks lorry tree wall cliff",
    ),
    _rule(
        "forum/whoever-finds-this",
        "suicide",
        False,
        r"(?P<v>if anyone|if someone|if somebody|whoever|to whoever|to whomever|to anyone who"
        r"|for whoever) (?P<act>(?:finds|reads|found|read|is reading) (?:this|these|my (?:note|notes"
        r"|letter|letters|diary|journal)))",
        "finds reads found read reading",
        needs="sorry goodbye bye tried forgive blame fault",
        who="self",
    ),
    _rule(
        "forum/hope-it-crashes",
        "suicide",
        False,
        r"(?P<v>hope|hoping|wish|pray|praying|hoped) (?:that )?(?P<act>(?:the|my|this) (?:plane|flight"
        r"|bus|train|car|taxi|boat|ferry) (?:goes down|crashes|crash|go down|comes off the road"
        r"|hits something|never lands|sinks|goes off the road))",
        "goes crashes crash go comes hits lands sinks",
    ),
    _rule(
        "forum/how-high-it-is",
        "suicide",
        False,
        r"(?P<v>bridge|roof|rooftop|car park|carpark|multistorey|multi-storey|cliff|cliffs|balcony"
        rf"|viaduct|overpass|flyover|ledge|tower block|top floor) {clause_gap(14)}"
        r"(?P<act>how (?:high|tall|far down|high up|far the drop is|long the drop is|big the drop is)"
        rf"(?: (?:it is|it was|they are|the drop is|up it is))?){E}",
        "high tall far long big",
        needs="mind thinking think thought keep kept looking looked checked checking wondering "
        "googled googling obsessing",
    ),
    _rule(
        "forum/pills-and-goodbye",
        "suicide",
        False,
        rf"(?P<v>{DRUG}) {clause_gap(6)}(?P<act>bye|goodbye|bye x|love you all|sorry for everything)"
        rf"(?:{E}| x{E})",
        "bye goodbye love sorry",
    ),
    # -- self-harm ----------------------------------------------------------
    _rule(
        "forum/blade-not-for",
        "self_harm",
        False,
        r"(?P<v>blade|blades|razor|razors|sharpener|sharpeners|scalpel|craft knife|stanley knife) "
        rf"{across_gap(5)}(?P<act>(?:not|was not|were not|is not|are not|and not) (?:for|on)"
        r" (?:shaving|my legs|my face|crafts|craft|pencils|the pencils|art|drawing|my beard))"
        rf"|(?P<v2>razor|razors|blade|blades) {across_gap(8)}(?P<act2>(?:was not|were not|not)"
        r" (?:my legs|my face|shaving) (?:that )?i used (?:it|them) (?:on|for))",
        "shaving legs face crafts craft pencils art drawing beard",
        negatable=False,
    ),
    _rule(
        "forum/skin-gone-over-with",
        "self_harm",
        True,
        rf"(?P<v>over|across|into|along|up|down|at) (?P<act>my {_SKIN} with (?:the|a|my|an) {_SHARP})",
        "compass blade blades razor razors scissors sharpener glass pin needle paperclip scalpel "
        "lighter knife",
    ),
    _rule(
        "forum/the-thing-with-the-lighter",
        "self_harm",
        False,
        r"(?P<v>doing|did|do|done|does) (?:the |that |my )?(?:thing|things|stuff) (?:again |back )?"
        r"with (?:the|a|my) "
        r"(?P<act>lighter|lighters|blade|blades|razor|razors|compass|scissors|sharpener|matches|iron"
        r"|tongs|curling tongs|straighteners)",
        "lighter lighters blade blades razor razors compass scissors sharpener matches iron tongs "
        "straighteners",
        needs="again back relapse relapsed still started",
    ),
    _rule(
        "forum/held-until-it-blistered",
        "self_harm",
        True,
        r"(?P<v>held|hold|holding|holds|pressed|press|pressing|kept|keep|put|putting) "
        rf"(?P<act>(?:my|the) (?:{_SKIN}|fingertips) (?:under|over|on|against|in|to|onto|near) "
        r"(?:[a-z0-9']+ ){0,6}(?:till|until|so) (?:it|they|the skin|my skin) (?:blistered|blisters"
        r"|blister|burned|burnt|burns|bled|bleeds|scarred|went red|went white|stung|peeled))",
        "blistered blisters blister burned burnt burns bled bleeds scarred red white stung peeled",
    ),
    _rule(
        "forum/stubbed-out-on-my-skin",
        "self_harm",
        True,
        rf"(?P<v>stub|stubs|stubbed|stubbing) (?:{gap(3)})?(?P<act>out on (?:my|his|her|their) {_SKIN})",
        "stub stubs stubbed stubbing",
    ),
    _rule(
        "forum/do-not-deserve-to-eat",
        "self_harm",
        False,
        r"(?P<v>not eaten|not eat|not eating|skipped|skipping|skip|refused to eat|refuse to eat"
        r"|stopped eating|starving myself|starve myself|no food|only water|nothing but water) "
        rf"{clause_gap(8)}(?P<act>(?:i|because i|since i) (?:do not|did not) deserve"
        r"(?: to| it| food| to eat| a meal| dinner| anything)?|i (?:have not|had not) earned"
        r" (?:it|food|a meal|dinner)|(?:until|till|unless) i (?:have )?(?:earned|earn|deserve) it)",
        "deserve earned earn",
        negatable=False,  # the "not" is the act: "didn't eat"
    ),
    _rule(
        "forum/sick-as-punishment",
        "self_harm",
        False,
        r"(?P<v>make myself|made myself|making myself|force myself to|forced myself to) "
        r"(?P<act>(?:be )?sick|throw up|vomit|purge)"
        rf"(?= {clause_gap(8)}(?:punish|punishment|payment|penance|deserve|pay for))",
        "sick throw vomit purge",
        needs="punish punishment payment penance deserve pay",
    ),
    # -- harm from others ---------------------------------------------------
    _rule(
        "forum/hands-round-my-neck",
        "abuse",
        True,
        r"(?P<v>put|puts|putting|had|has|wrapped|wraps|got|closed|squeezed|pressed|clamped) "
        r"(?P<act>(?:his|her|their|both) (?:hands|hand|fingers) (?:round|around|on|over|against|across) "
        r"(?P<obj>my) (?:neck|throat|mouth))",
        "neck throat mouth",
        who="against_me",
    ),
    _rule(
        "forum/hand-up-my-clothes",
        "abuse",
        True,
        r"(?P<v>put|puts|putting|shoved|shoves|stuck|sticks|slid|slides|slipped|forced) "
        r"(?:his|her|their) (?P<act>(?:hand|hands) (?:up|down|inside|under|into) (?P<obj>my) "
        r"(?:top|skirt|shirt|dress|pants|trousers|knickers|underwear|bra|jeans|shorts|pyjamas"
        r"|pajamas|blouse|jumper|hoodie|clothes))",
        "top skirt shirt dress pants trousers knickers underwear bra jeans shorts pyjamas pajamas "
        "blouse jumper hoodie clothes",
        who="against_me",
    ),
    _rule(
        "forum/knows-where-they-live",
        "abuse",
        False,
        r"(?P<v>knows|know|knew|found out) (?P<act>where (?:my|our|i|we|the kids|the children) "
        rf"(?:{W} )?(?:lives|live|works|work|goes to school|go to school|sleep|sleeps|stay|stays"
        r"|is staying|am staying))",
        "lives live works work school sleep sleeps stay stays staying",
        who="against_me",
        needs=_LEAVING + " threat threatened threatens threatening",
    ),
    _rule(
        "forum/what-happens-to-people-who",
        "abuse",
        False,
        r"(?P<v>explained|explains|told me|tells me|reminded me|reminds me|warned me|warns me"
        r"|showed me|shows me) (?P<act>what (?:happens|will happen|would happen|happened) to "
        r"(?:wives|women|girls|people|kids|children|boys|sluts|bitches|those|anyone|someone|liars"
        r"|snitches|grasses|girlfriends|partners) (?:who|that))",
        "happens happen happened",
        who="against_me",
    ),
    _rule(
        "forum/ends-with-me-on-the-floor",
        "abuse",
        False,
        r"(?P<v>ends|ended|end|ending|finishes|finished) (?:up )?(?P<act>with (?P<obj>me) "
        rf"(?:on the (?:{W} )?floor|on the ground|bleeding|black and blue|against the wall"
        r"|in hospital|covered in bruises))",
        "floor ground bleeding blue wall hospital bruises",
        who="against_me",
        needs=_ROW,
    ),
    _rule(
        "forum/make-sure-i-never",
        "abuse",
        False,
        r"(?P<v>said|says|told me|tells me|threatened|threatens|swore|swears|promised|promises"
        rf"|warned me|warns me) (?:{gap(4)})?make sure (?P<act>(?:i|you) (?:never|will never"
        r"|would never|can not|could not|will not|would not) (?:work|see|get|have|find|live|set foot"
        r"|walk|hold|keep))",
        "work see get have find live set walk hold keep",
        who="against_me",
        needs=_LEAVING,
    ),
    _rule(
        "forum/installed-on-my-phone",
        "abuse",
        False,
        r"(?P<v>installed|installs|installing|put|puts|downloaded|hid|hidden|added|set up) "
        r"(?P<act>(?:something|an app|apps|spyware|stalkerware|a tracker|a tracking app|tracking"
        r"|software|a program|a camera|cameras) (?:on|onto|in|to) (?P<obj>my|our) (?:phone|laptop"
        r"|car|computer|tablet|ipad|room|bedroom|bathroom))",
        "phone laptop car computer tablet ipad room bedroom bathroom",
        who="against_me",
    ),
    _rule(
        "forum/put-out-on-me",
        "abuse",
        True,
        r"(?P<v>stub|stubs|stubbed|stubbing|put|puts|putting) (?:her |his |their |a |the )?"
        rf"(?:cigarette|cigarettes|fag|fags|joint|cigar) (?:out )?(?P<act>on (?P<obj>me|my "
        rf"(?:{W} )?{_VICTIM_SKIN}))",
        "cigarette cigarettes fag fags joint cigar",
        who="against_me",
    ),
    _rule(
        "forum/food-locked-away",
        "abuse",
        False,
        r"(?P<v>padlock|padlocks|padlocked|lock|locks|locked) (?:on |up )?(?P<act>(?:the|our) "
        r"(?:fridge|freezer|food|food cupboard|cupboards|kitchen cupboards))"
        r"|(?P<v2>decides|decided|chooses|chose) (?P<act2>(?:what|when|how much|whether|if) "
        r"(?:i|we) (?:eat|get to eat|can eat|am allowed to eat)|what i (?:have )?earned)",
        "fridge freezer food cupboard cupboards eat earned",
        who="against_me",
        needs="he she they husband wife partner boyfriend girlfriend dad mum stepdad stepmum",
    ),
    # -- harm to others -----------------------------------------------------
    _rule(
        "forum/use-it-on-them",
        "harm_to_others",
        True,
        r"(?P<v>use|using|used|stick|sticking) (?:it|the knife|a knife|the blade|the bat|the hammer"
        rf"|the gun|a gun|the axe) (?P<act>on (?P<obj>him|her|them|(?:my|the|that) (?:{W} )?{PERSON}))",
        "him her them " + PERSON_NOUNS,
        who="harm",
        needs="knife gun bat hammer blade axe machete weapon",
    ),
    _rule(
        "forum/something-in-their-drink",
        "harm_to_others",
        True,
        r"(?P<v>put|putting|puts|slipped|slip|slipping|added|adding|crushed) (?:something|stuff|pills"
        r"|tablets|drops|laxatives|bleach|some) (?:in|into) (?P<act>(?P<obj>her|his|their) "
        r"(?:drink|drinks|food|tea|coffee|dinner|water|pint|meal))",
        "drink drinks food tea coffee dinner water pint meal",
        who="harm",
    ),
    _rule(
        "forum/feel-what-i-felt",
        "harm_to_others",
        False,
        r"(?P<v>want|wants|wanted|make|going to make|will make) (?P<obj>him|her|them) (?:to )?"
        r"(?P<act>feel (?:what i felt|what i feel|the pain i|how i felt|every bit of))",
        "feel",
        who="harm",
        needs="follow following followed route knife hurt pay revenge watching",
    ),
    # -- the bereaved: joining the dead -------------------------------------
    # After a death, "join her", "be with dad soon", "see him again soon" said
    # as a plan is the wish to die; a longing ("I wish I could see her again")
    # is grief and is left alone. Only with a death in the message.
    _rule(
        "forum/join-the-dead",
        "suicide",
        False,
        r"(?P<v>want to|wants to|wanted to|going to|gonna|will|plan to|plans to|planning to|planning on"
        r"|decided to|ready to|can not wait to|cannot wait to|thinking about|thinking of|think about"
        r"|long to|longing to|so i can|so she can|so he can|so they can) (?:be )?"
        rf"(?P<act>(?:join|joining) (?:him|her|them|(?:my |our |his |her )?{PERSON})(?! (?:for|in|on a|on the|at the|this|next|tomorrow))"
        rf"|(?:be with|see|seeing|be back with|be reunited with) (?:him|her|them|(?:my |our |his |her )?{PERSON})"
        r"(?: again)? (?:soon|very soon|before long|on the other side|in heaven|up there))",
        "join joining with see seeing reunited",
        who="subject",
        needs=(
            "died dies passed lost death dead funeral grave ashes buried cremated anniversary "
            "widow widowed heaven"
        ),
    ),
    _rule(
        "forum/so-i-can-be-with",
        "suicide",
        False,
        # (the normaliser drops a plain "so": "so she can" reads "she can")
        r"(?P<v>(?:so that |so )?(?:i|she|he|they) can) "
        rf"(?P<act>be with (?:him|her|them|(?:my |our |his |her )?{PERSON})(?: again)?{E})",
        "with",
        who="subject",
        needs="died dies passed lost death dead funeral grave ashes buried",
    ),
)
