"""Kinds of crisis phrasing told obliquely, found with tests/data/safety_dev11.toml.

That set was written before reading the rules, aimed at what the held-out
figures said was weakest; its misses, with the other sets' tune-part misses,
grouped into these kinds (one rule per *kind*, never per sentence):

- suicide said sideways: not seeing oneself reach a date ("making it to
  christmas"); not planning to be here by then; hoping an accident or an
  illness does it ("wouldn't mind if I got hit by a bus", "hope something
  happens to me"); planning "my exit"; checking out at the end of a
  countdown; peace made with everyone before going; it being nobody's fault
  "if I'm gone"; my not being alive solving things; the trains let go past
  for the next one; one turn of the wheel; a rope thought about or bought
  with a cover story; a hose and a car's engine running;
- self-harm by its traces and its habits: a pet blamed for the marks,
  plasters and first-aid things hidden, sleeves worn because of my arms, a
  clean streak broken, blades taken out of sharpeners and razors, taking it
  out on my skin, hitting my own body with my fists, going deeper each time;
- harm from others: something held over my face, "next time he won't stop",
  "lucky that's all you got", no taken as yes ("I say no and he does it
  anyway"), being made to do things with him, my wages, pension, cards or
  passport taken or kept, having to ask before I eat or go out, a child or
  someone else shut out for hours, bruises shaped like fingers;
- someone else's farewell: "see you on the other side", "the last time
  you'll hear from me", "look after her for me", and thanks or sorry "for
  everything" with a note or a phone gone silent.

Issue 4 added the kinds tests/data/safety_dev15.toml found missing (each a way
of saying it, never a sentence): being filmed or photographed without consent,
a threat to spread it told with "it" or "them" ("pay him or he posts them"), an
adult's contact kept quiet or secret, a "secret game" someone is made to play,
someone hurt by a person close to them told in the passive ("my sister was
badly hurt by her husband"), and revenge told as a debt ("make every one of them
pay", "he's going to pay" with what he did), a whereabouts ("I know where he
lives" with a threat) or a walk away ("he won't walk away"); a beating in slang
("get the boys to jump him", "he's getting stomped"), a vehicle driven into people
and a pillow held over someone's face, pictured or meant; and dying said sideways:
being with the dead soon told with its acceptance, a plan dated for when the
house is empty, how high it must be "so you don't survive", and things better
with me not here in a learner's word order; and self-harm in code or habit: the
barcode on my thigh, hiding in long sleeves in summer, biting my own arm hard; and
a threat to me in the threatener's own words ("he screamed 'I'm going to kill
you'").

Who it is about, negation, stories and looking back are read afterwards by
``detector``. Linear time: the discipline of ``patterns`` (bounded gaps of
whole words, no nested quantifiers over overlapping text, each rule starts on
a literal word).
"""

from __future__ import annotations

from mirrorbot.safety.patterns import (
    DRUG,
    PERSON,
    PERSON_OBJ,
    E,
    Rule,
    W,
    _rule,
    across_gap,
    clause_gap,
    gap,
)

_OCCASION = (
    r"(?:christmas|xmas|easter|diwali|eid|thanksgiving|new year|the new year|next year|summer"
    r"|my birthday|my next birthday|the end of the (?:year|month)|next month|the spring"
    r"|next (?:summer|christmas|spring|winter|autumn|birthday)"
    r"|january|february|march|april|june|july|august|september|october|november|december)"
)
_BODY = (
    r"(?:arm|arms|wrist|wrists|leg|legs|thigh|thighs|skin|stomach|hip|hips|forearm|forearms"
    r"|ankle|ankles|chest|body)"
)
_THEY = r"(?:he|she|they)"
_VICTIM = (
    r"(?:him|her|them|that (?:kid|guy|boy|girl|lad|prick|idiot|loser|bitch|bastard|twat"
    r"|dickhead|snitch|rat)|the (?:kid|guy|new kid|lad|snitch|rat|boy|girl)|my (?:ex|brother"
    r"|sister|dad|stepdad|teacher|boss))"
)
_SPREAD = (
    r"(?:send|sends|post|posts|share|shares|leak|leaks|show|shows|upload|uploads|spread|spreads"
    r"|put|puts)"
)
_PARTNERS = (
    "he she husband wife partner boyfriend girlfriend married marriage hubby fiance fiancee "
    "in-laws law"
)

RULES: tuple[Rule, ...] = (
    # -- suicide ------------------------------------------------------------
    _rule(
        "oblique/making-it-to",
        "suicide",
        False,
        r"(?P<v>can not|cannot|do not|never|could not) (?:really |honestly )?(?P<act>see myself "
        rf"(?:making it|getting|lasting|living|being (?:here|around|alive)) (?:to|till|until|past"
        rf"|through|for|at) {_OCCASION}){E}",
        "myself",
        negatable=False,
    ),
    _rule(
        "oblique/not-planning-to-be-here",
        "suicide",
        False,
        r"(?P<v>not planning on|not planning to|do not plan on|do not plan to|not intending to"
        r"|do not intend to|not expecting to|do not expect to) (?P<act>(?:be|being) (?:here|around"
        rf"|alive) (?:next week|next month|next year|(?:by|for|at|after|in) (?:{_OCCASION}|then"
        rf"|the weekend|it|that)))(?={E}| now{E})"
        r"(?! (?:, )?(?:because|as|i am|we are|i will|we will|off|going|away|on holiday|at work"
        r"|for (?:work|a|the|my|our)))",
        "planning plan intend intending expecting expect",
        negatable=False,
    ),
    _rule(
        "oblique/if-i-got-hit",
        "suicide",
        False,
        r"(?P<v>if) (?:i (?:just )?(?:got|get|was|were) (?:hit|run over|knocked down|killed)"
        r"(?: by (?:a|the) (?:car|bus|train|truck|lorry|taxi|van))?|i got (?:cancer|ill|sick)"
        r"|(?:the|my) (?:plane|flight|bus|train|car) (?:went|goes|came|comes) (?:down|off the road)"
        r"|(?:the|my) cancer (?:came|comes) back|i (?:did not|never) (?:wake|woke) up) "
        rf"(?:{gap(3)})?(?P<act>i would (?:honestly |really |actually |probably |just )?(?:not "
        r"(?:mind|care|bother|fight it|be sad|be upset)|be (?:grateful|relieved|glad|happy|fine"
        r"|okay|ok|thankful)))",
        "mind care bother fight sad upset grateful relieved glad happy fine okay ok thankful",
        who="self",
        needs="hit run knocked killed cancer ill sick plane flight bus train car wake woke",
    ),
    _rule(
        "oblique/would-not-mind-if",
        "suicide",
        False,
        r"(?P<v>would not mind|would not care|would be grateful|would be relieved|would be glad"
        r"|would be thankful|would welcome it) (?:honestly |really |tbh )?(?P<act>if (?:i|a car"
        r"|a bus|a train|a lorry|the plane|something) (?:just )?(?:got hit|get hit|was hit"
        r"|hit me|got run over|ran me over|killed me|went down|crashed|did not wake up"
        rf"|never woke up|(?:died|happened to me)(?={E}| (?:tomorrow|tonight|soon|honestly|tbh))))",
        "mind care grateful relieved glad thankful welcome",
        who="self",
        negatable=False,  # the "not" is the kind: "I wouldn't mind if ..."
    ),
    _rule(
        "oblique/hope-something-happens",
        "suicide",
        False,
        r"(?P<v>hope|hoping|hoped|wish|wishing|pray|praying) (?:that )?(?P<act>something "
        r"(?:bad )?(?:happens|will happen|would happen|happened) to me(?! (?:at|this|soon|today"
        r"|good))|(?:the|my) cancer (?:comes|will come|came) back)",
        "hope hoping hoped wish wishing pray praying",
        who="self",
    ),
    _rule(
        "oblique/planning-my-exit",
        "suicide",
        False,
        r"(?P<v>planning|planned|plan|plotting|plotted|started planning|thinking about|working"
        rf" out) (?P<act>(?:my|an) (?:exit|final exit|way out)){E}",
        "exit",
    ),
    _rule(
        "oblique/then-checking-out",
        "suicide",
        False,
        r"(?P<v>then|after that|after this|and then|after which) (?P<act>i am (?:checking out"
        rf"|clocking out|checking out for good|out for good)){E}",
        "checking clocking",
        needs="counting countdown days weeks month months once after until till",
        who="self",
    ),
    _rule(
        "oblique/made-my-peace",
        "suicide",
        False,
        r"(?P<v>made|making|make|at) (?:my )?(?P<act>peace with (?:everyone|everybody|it all"
        r"|dying|death|the plan|my decision|the decision|my choice|leaving|going))"
        rf"(?:{E}| now{E})",
        "peace",
        needs="ready go going goodbye bye plan decided decision note soon tonight gave given",
        who="self",
    ),
    _rule(
        "oblique/nobody-s-fault-if-i-am-gone",
        "suicide",
        False,
        r"(?P<v>if|when|after|once) (?P<act>i am (?:gone|dead|not here|no longer here)"
        rf"(?: tomorrow| tonight| soon)?(?: ,)? (?:{gap(2)})?(?:not (?:anyone's|anybody's"
        r"|your|their|his|her|mum's|dad's) fault|(?:nobody's|no one's|noone's) fault"
        r"|do not blame (?:yourself|yourselves|anyone)))",
        "fault blame",
        who="self",
        negatable=False,
    ),
    _rule(
        "oblique/me-not-alive-would",
        "suicide",
        False,
        r"(?P<v>me|my) (?P<act>(?:not being (?:alive|here|around)|being (?:dead|gone)|death"
        r"|dying) (?:would|will|could) (?:honestly |really |probably )?(?:solve|fix|help|save"
        r"|make (?:things|it|everything|life) (?:easier|better)|be (?:better|easier|a relief"
        r"|a blessing|best)))",
        "being death dying",
        who="self",
        needs="solve fix help save easier better relief blessing best",
    ),
    _rule(
        "oblique/trains-go-past",
        "suicide",
        False,
        r"(?P<v>letting|let|watching|watch|watched|lets|watches) (?:the )?(?P<act>trains? "
        r"(?:go|going|come|coming|rush|rushing|fly|flying)? ?(?:past|by|through))"
        rf"(?= {clause_gap(10)}(?:the next one|next one|step|jump|edge|how easy|one step))",
        "train trains",
    ),
    _rule(
        "oblique/turn-of-the-wheel",
        "suicide",
        False,
        r"(?P<v>thinking|think|thought|imagine|imagining|tempted|wondering) (?:about |of )?"
        r"(?:how |that )?(?:easy |easily )?(?:it would be )?(?P<act>one (?:turn|flick|jerk|pull|yank)"
        r" of the (?:steering )?wheel|(?:just )?(?:yanking the wheel|letting go of the wheel))",
        "one yanking letting",
        needs="cliff cliffs bridge lorry oncoming tree road drop edge motorway wall",
    ),
    _rule(
        "oblique/the-rope-thought-about",
        "suicide",
        False,
        rf"(?P<v>rope's|rope|noose)(?! for) {clause_gap(8)}(?P<act>(?:i )?(?:keep|kept|been|can not stop"
        r"|cannot stop) (?:thinking|looking|staring) (?:about|at) it|told (?:[a-z0-9']+ ){1,5}"
        r"(?:it was|it is) for)",
        "rope rope's noose",
    ),
    _rule(
        "oblique/hose-and-engine",
        "suicide",
        False,
        rf"(?P<v>hose|hosepipe|tube|pipe) {clause_gap(14)}(?P<act>engine running"
        r"|exhaust|taped up|windows taped)",
        "hose hosepipe tube pipe",
    ),
    # -- self-harm ----------------------------------------------------------
    _rule(
        "oblique/blamed-the-pet",
        "self_harm",
        False,
        rf"(?P<v>told|tell|telling|said|say|saying|will say|pretend|pretended) (?:{gap(2)})?"
        r"(?P<act>(?:it was |they were |it is |they are )?(?:the|my|our|her) (?:cat|dog|kitten"
        r"|puppy|rabbit) (?:got me|did it|did that|did them|scratched me|again))"
        r"|(?P<v2>cat|dog|kitten) (?P<act2>(?:scratch |scratches )?excuse)",
        "cat dog kitten puppy rabbit",
        needs="hiding hide hid plasters plaster marks cuts sleeves arm arms wrist wrists legs "
        "thighs relapsed relapse again",
        negatable=False,
    ),
    _rule(
        "oblique/marks-from-me",
        "self_harm",
        False,
        r"(?P<v>marks|cuts|scratches|burns|scars) (?:on (?:my|her|his) [a-z]+ )?(?P<act>(?:are|were)"
        r" (?:from|by) me)",
        "marks cuts scratches burns scars",
        negatable=False,
    ),
    _rule(
        "oblique/hiding-the-dressings",
        "self_harm",
        False,
        r"(?P<v>hide|hiding|hid|hidden|stash|stashing|stashed|bin|binning|binned) (?:the |my |all "
        r"the |some )?(?P<act>plasters|bandages|steri strips|first aid kit|dressings|bloody"
        r" (?:towels|tissues|sheets))(?= (?:from (?:my [a-z']+|mum|mom|dad|parents|everyone|him|her|them"
        r"|people)|in my room|under my bed|because i keep needing))",
        "plasters bandages strips kit dressings towels tissues sheets",
    ),
    _rule(
        "oblique/sleeves-because-of",
        "self_harm",
        False,
        rf"(?P<v>sleeves|hoodie|hoodies|jumper|jumpers) (?:{gap(4)})?(?P<act>(?:because|cause) of "
        rf"(?:my|the) (?:{_BODY}|marks|cuts|scars|burns))"
        rf"|(?P<v2>under) (?:the|my) (?:long )?(?P<act2>sleeves (?:{gap(2)})?(?:it is |they are )?"
        r"(?:a mess|fresh|cuts|marks|scars|burns))",
        "sleeves hoodie hoodies jumper jumpers",
    ),
    _rule(
        "oblique/streak-broken",
        "self_harm",
        False,
        r"(?P<v>days|weeks|months|years|day|week|month|year) (?P<act>clean(?! (?:from|off|of))"
        r"(?: [,.])? "
        r"(?:[a-z0-9']+ ){0,4}(?:broke it|broke my streak|blew it|threw it away|ruined it"
        r"|lost it|messed it up|gone))"
        rf"|(?P<v2>[0-9]+ (?:days|weeks|months)) {across_gap(10)}(?P<act2>reached for"
        r" (?:it|them|the blade|the blades|the razor|the lighter) again)"
        r"|(?P<v3>day) (?P<act3>[0-9]+ of (?:not|no) (?:cutting|sh|selfharm|hurting myself"
        r"|burning|scratching))",
        "clean reached cutting sh selfharm burning scratching",
        negatable=False,
    ),
    _rule(
        "oblique/blades-out",
        "self_harm",
        False,
        r"(?P<v>snapped|snap|snapping|broke|break|breaking|took|take|taking|get|got|getting|pulled"
        r"|prised|prising|unscrewed|unscrewing) (?:another |a |the |my |apart )?(?P<act>"
        r"(?:pencil )?(?:sharpener|sharpeners|razor|razors) (?:apart|open)|(?:the )?blades? out"
        r"(?: of (?:a|the|my) (?:pencil )?(?:sharpener|sharpeners|razor|razors))?)",
        "apart open out",
        needs="sharpener sharpeners razor razors disposable disposables",
    ),
    _rule(
        "oblique/drink-bleach",
        "self_harm",
        False,
        r"(?P<v>drink|drank|drinking|drinks|swallow|swallowed|swallowing|swallows|sip|sipped|sipping)"
        r" (?:of |some |a little |a cup of |a capful of )?(?P<act>bleach|antifreeze|disinfectant"
        r"|detergent|dettol|domestos|cleaning fluid|nail polish remover|white spirit)",
        "bleach antifreeze disinfectant detergent dettol domestos fluid remover spirit",
    ),
    _rule(
        "oblique/take-it-out-on-my-skin",
        "self_harm",
        True,
        r"(?P<v>take|takes|took|taking) it out on (?P<act>my (?:own )?(?:skin|body|arms|arm|legs"
        r"|wrists|thighs))",
        "skin body arms arm legs wrists thighs",
        who="self",
    ),
    _rule(
        "oblique/fists-on-my-body",
        "self_harm",
        True,
        r"(?P<v>hitting|hit|punching|punch|punched|hits|punches|banging|bang|banged|slapping"
        r"|slapped|thumping|thumped|pounding|pounded) (?P<act>my own (?:legs|leg|thighs|thigh|arms"
        r"|arm|stomach|face|head|chest)|my (?:legs|thighs|arms|stomach|face|head) (?:with my fists"
        r"|with my fist|so hard|till|until))",
        "own fists fist hard till until",
        who="self",
    ),
    _rule(
        "oblique/deeper-each-time",
        "self_harm",
        False,
        # (the normaliser drops "too": "go too deep" reads "go deep")
        r"(?P<v>go|going|went|gone|cut|cutting|cuts|is|getting|gets|got) (?P<act>(?:too )?(?:deep"
        r"|deeper|deep enough)) (?:next|each|this|every) time",
        "deep deeper",
        needs="cut cutting cuts scared blade blades razor bleed bleeding stitches skin arm arms "
        "wrist wrists thigh thighs scratching scratch",
    ),
    # -- harm from others ---------------------------------------------------
    _rule(
        "oblique/over-my-face",
        "abuse",
        True,
        r"(?P<v>held|holds|hold|holding|put|puts|pressed|presses|pushed|pushes|shoved|forced)"
        r" (?:a |the |his |her |their )?(?P<act>(?:pillow|cushion|hand|hands|bag|plastic bag|towel"
        r"|blanket) over (?P<obj>my|her|his) (?:face|mouth|nose|head))",
        "face mouth nose head",
        who="against_me",
    ),
    _rule(
        "oblique/next-time-will-not-stop",
        "abuse",
        False,
        rf"(?P<v>next time) (?P<act>{_THEY} (?:will not|would not) stop|{_THEY} (?:will|would)"
        rf" (?:kill|finish) (?:me|you|her|him)){E}",
        "stop kill finish",
        who="victim",
        negatable=False,
        needs="next",
    ),
    _rule(
        "oblique/lucky-that-is-all",
        "abuse",
        False,
        r"(?P<v>lucky) (?:that )?(?P<act>(?:that is|that was|it is|it was) all (?:i|you|she|he)"
        rf" got(?={E})|{_THEY} (?:did not|does not) (?:kill|do worse|do more to) (?:me|you)"
        r"|(?:i am|you are|i was|you were) (?:still )?(?:alive|breathing))",
        "lucky",
        who="victim",
        negatable=False,
    ),
    _rule(
        "oblique/no-taken-as-yes",
        "abuse",
        True,
        rf"(?P<v>say|said|says|tell him|told him|tell her|told her) no (?:{gap(3)})?"
        rf"(?P<act>{_THEY} (?:does|did|do|carries on|carried on|keeps going|kept going|continues"
        rf"|continued) (?:it )?anyway|{_THEY} (?:does not|did not|never) (?:stop|listen))",
        "anyway stop listen",
        needs="sex married bed night touch touches touched body clothes husband boyfriend wife "
        "partner hubby",
        who="victim",
        negatable=False,
    ),
    _rule(
        "oblique/made-to-do-things-with",
        "abuse",
        True,
        r"(?P<v>making|make|makes|made|forcing|forces|forced|getting|gets|got) (?P<obj>me|her|him)"
        r" (?P<act>(?:to )?do (?:stuff|things|sexual things|sex stuff|sexual stuff) (?:with|to)"
        r" (?:him|her|them))(?! like| for)",
        "stuff things",
        who="against_me",
    ),
    # Images held over me: intimate pictures threatened to be shared, or any
    # pictures or video of me shared "unless" I do what I'm told.
    _rule(
        "oblique/images-held-over-me",
        "abuse",
        False,
        r"(?P<v>threatens|threatened|threatening|threaten|says he will|said he would|says she will"
        r"|said she would|says they will|said they would|keeps saying he will|will) (?:to )?"
        r"(?P<act>(?:send|post|share|show|upload|leak|put up|put out|spread) (?:[a-z0-9']+ ){0,4}"
        r"(?:(?:my |the |those |our )?(?:nudes|naked (?:pictures|photos|pics|videos)|intimate "
        r"(?:pictures|photos|pics|videos|images)|private (?:pictures|photos|pics|videos)|sex tape"
        r"|sexual (?:pictures|photos|videos))|(?:[a-z0-9']+ ){0,4}(?:video|videos|photos|pictures"
        r"|pics|images|clip)(?:(?: [a-z0-9']+){0,5} (?:unless|if i do not|if i don't|if i will not"
        r"|if i leave|if i tell)| (?:he|she|they) (?:took|has|had|made|filmed|recorded|shot) "
        r"of (?:me|us)(?![a-z0-9'])(?! (?:doing|singing|dancing|at (?:the |a )?(?:karaoke|party|wedding))))))",
        "nudes naked intimate private sex sexual video videos photos pictures pics images clip",
        needs="send post share show upload leak put spread",
    ),
    _rule(
        "oblique/my-wages-taken",
        "abuse",
        False,
        r"(?P<v>takes|took|taken|taking|keep|keeps|kept|keeping|holds|holding|has|confiscated"
        r"|confiscates|hides|hid|hidden) (?:all of |all )?(?P<act>(?P<obj>my|our|her) (?:whole "
        r"|entire |full )?(?:wage|wages|salary|pay packet|pension|pension card|bank card|cards"
        r"|benefits|passport|passports|visa|documents|papers|payslip))"
        r"(?! (?:for|to|at|in|with|so|because|safe|details|number|photo|renewal|application"
        r"|office|form|case|holder))",
        "wage wages salary packet pension card cards benefits passport passports visa documents "
        "papers payslip",
        who="against_me",
    ),
    _rule(
        "oblique/ask-before-i-eat",
        "abuse",
        False,
        r"(?P<v>have to|has to|had to|must|need to|needs to) ask (?:him |her |them )?(?:permission"
        r" )?(?P<act>(?:before (?:i|we|she) |to |if (?:i|we|she) can )(?:eat|go out|leave the "
        r"house|shower|sleep|spend|use the (?:phone|car|toilet|bathroom)|go to the (?:shops|toilet"
        r"|bathroom|doctor)))"
        r"|(?P<v2>can not|cannot|not allowed to|never) (?P<act2>(?:go out|leave the house|leave|go "
        r"anywhere|eat|see (?:anyone|my friends|my family)|spend (?:anything|any money)) without "
        r"(?:his |her |their )?permission)",
        "ask permission",
        needs=_PARTNERS,
        who="victim",
        negatable=False,
    ),
    _rule(
        "oblique/shut-out-for-hours",
        "abuse",
        False,
        r"(?P<v>locks|locked|shuts|shut|kicks|kicked|puts|put) (?P<obj>her|him|them|me|us"
        r"|(?:the|his|her|their) (?:kids|children|boy|girl|baby|son|daughter))? ?"
        r"(?P<act>out (?:of the house |of the flat |in the garden |in the yard |on the balcony )?"
        r"(?:at night|all night|overnight|for hours|for the night|in the (?:cold|rain|snow|dark))"
        r"|out (?:in|into) the (?:garden|yard|street) (?:at night|all night|for hours))",
        "locks locked shuts shut kicks kicked puts put",
        who="against_me",
        needs="night overnight hours cold rain snow dark",
    ),
    _rule(
        "oblique/finger-shaped-bruises",
        "abuse",
        False,
        r"(?P<v>finger shaped|finger-shaped|fingertip|hand shaped|hand-shaped|handprint|thumb)"
        r" (?P<act>bruises|bruise|bruising|marks)"
        r"|(?P<v2>bruises|marks|bruising) (?P<act2>(?:shaped )?like (?:fingers|fingertips|a hand"
        r"|hands|a handprint|fingerprints))",
        "bruises bruise bruising marks fingers fingertips hand hands handprint fingerprints",
        who="against_me",
    ),
    # -- more of the same kinds (the tune parts of dev2-dev11) ------------------
    _rule(
        "oblique/what-if-i-ended-it",
        "suicide",
        False,
        r"(?P<v>what if i|what if i just|maybe i should|should i) (?P<act>(?:ended|end) it all"
        r"|(?:ended|end) my life|killed myself|kill myself|(?:was|were) not here anymore"
        r"|did not wake up|never woke up|disappeared forever)",
        "ended end killed kill wake woke disappeared",
        who="self",
    ),
    _rule(
        "oblique/thinking-of-jumping",
        "suicide",
        False,
        r"(?P<v>thinking of|thinking about|planning on|tempted to|going to|gonna)"
        rf" (?P<act>jump|jumping){E}",
        "jump jumping",
    ),
    _rule(
        "oblique/made-sure-of-it",
        "suicide",
        False,
        r"(?P<v>make|made|making) (?P<act>sure of it)(?= [,.]| $)",
        "sure",
        needs="dead die dying alive future",
        who="self",
    ),
    _rule(
        "oblique/counting-down-until-i-can-go",
        "suicide",
        False,
        rf"(?P<v>counting down|count down) {clause_gap(6)}(?P<act>(?:until|till|til) i "
        rf"(?:can|get to) (?:finally )?(?:go|rest|be at peace|be free|stop)){E}",
        "counting count",
        who="self",
    ),
    _rule(
        "oblique/free-to-go-once",
        "suicide",
        False,
        rf"(?P<v>once|after|when) {gap(6)}(?P<act>i am (?:free to go|free to leave|ready to go)){E}",
        "go leave",
        needs="rehomed rehome rehoming affairs note letters gave given",
        who="self",
    ),
    _rule(
        "oblique/who-gets-the-pet",
        "suicide",
        False,
        r"(?P<v>sorted|sorting|decided|deciding|worked out|arranged|arranging|planned|planning)"
        r" (?:out )?(?P<act>who (?:gets|will get|should get|is having|will have|takes|will take"
        r"|can have) (?:the|my) (?:cat|dog|cats|dogs|pets|kids|children|rabbit|bird|fish))",
        "cat dog cats dogs pets kids children rabbit bird fish",
        needs="last final goodbye gone note letters",
        who="self",
    ),
    _rule(
        "oblique/lighter-without-me",
        "suicide",
        False,
        r"(?P<v>world|everyone|everybody|family|they|people|kids|it) (?:would|will) (?:all )?be "
        r"(?P<act>(?:lighter|happier|easier|better|calmer|freer|simpler|fine) without (?:me"
        r"|(?:her|him|them) (?:in it|around|here))(?: in it| around| here| dragging them down"
        rf"| weighing them down)?){E}",
        "without",
        needs="lighter happier easier better calmer freer simpler fine",
    ),
    _rule(
        "oblique/not-be-here-for",
        "suicide",
        False,
        r"(?P<v>he|she|they|he says he|she says she|they say they) (?:will not|is not going to"
        r"|are not going to|does not think he will|does not think she will) (?P<act>be (?:here"
        rf"|around|alive) (?:for|by|at|to see) {_OCCASION})(?:{E}|(?= and))",
        "here around alive",
        needs="giving gave given away medals ill goodbye note pills tablets",
        negatable=False,
    ),
    _rule(
        "oblique/on-purpose-at-the-stove",
        "self_harm",
        True,
        r"(?P<v>held|hold|holding|pressed|pressing|put|putting|kept|keep) (?P<act>my (?:hand|hands"
        r"|arm|arms|finger|fingers|palm|palms|wrist) (?:on|against|over|under|in) (?:the |a )?"
        r"(?:hob|iron|kettle|stove|cooker|oven door|candle|flame|lighter|boiling water|hot tap"
        r"|radiator|grill) (?:[a-z0-9']+ )?(?:on purpose|deliberately|to feel|to punish))",
        "purpose deliberately feel punish",
        negatable=False,
    ),
    _rule(
        "oblique/skip-meals-on-purpose",
        "self_harm",
        False,
        r"(?P<v>skip|skipped|skipping|skips|miss|missed|missing) (?P<act>(?:meals|meal|dinner|lunch"
        r"|breakfast|food|eating) (?:on purpose|deliberately|to punish myself|as (?:a )?punishment))",
        "purpose deliberately punish punishment",
    ),
    _rule(
        "oblique/arms-like-a-barcode",
        "self_harm",
        False,
        r"(?P<v>arms|arm|legs|thighs|wrists|wrist|stomach|hips|skin) (?:are|is|look|looks) (?:still )?"
        r"(?P<act>(?:like )?a barcode|a mess(?= (?:from last|again|and i want|fresh))"
        r"|like a (?:cheese grater|ladder|zebra))",
        "barcode mess grater ladder zebra",
    ),
    _rule(
        "oblique/need-to-hurt",
        "self_harm",
        False,
        r"(?<!it )(?<!this )(?<!that )(?P<v>need|want|needed|wanted|needing|wanting) to "
        rf"(?P<act>hurt(?: a bit| a little| for a bit)?|bleed|feel (?:the )?pain){E}",
        "hurt bleed pain",
    ),
    _rule(
        "oblique/not-let-me-this-or-leave",
        "abuse",
        False,
        r"(?P<v>will not|does not|would not|never|refuses to|refused to) let (?:me|us) "
        r"(?:[a-z']+ ){1,3}(?:or|and) (?P<act>leave the house|see my (?:friends|family)"
        r"|have a phone|go anywhere|work)",
        "house friends family phone anywhere work",
        who="victim",
        negatable=False,
        needs="let",
    ),
    # -- kinds from a scratch probe written after reading the rules ------------
    _rule(
        "oblique/made-to-hand-over",
        "abuse",
        False,
        r"(?P<v>makes|made|forces|forced|making|forcing) (?P<obj>me|her|us) (?P<act>(?:hand|give"
        r"|show) (?:him |her |them )?(?:over )?(?:my|her|our|all my|all her) (?:phone|passwords|password|bank card|cards"
        r"|wages|money|pin|pin number|keys|payslip|receipts|pension|passport))",
        "phone passwords password card cards wages money pin keys payslip receipts pension "
        "passport",
        who="against_me",
        needs="makes made forces forced making forcing",
    ),
    _rule(
        "oblique/throws-things-at",
        "abuse",
        False,
        r"(?P<v>throws|threw|throwing|chucks|chucked|hurls|hurled|lobs|lobbed) (?:things|stuff"
        r"|plates|glasses|bottles|chairs|a chair|a glass|a plate|a bottle|furniture|knives|a knife"
        r"|mugs|a mug|a lamp) at (?P<obj>me|us|her|him|them|mum|mom|my [a-z']+|our [a-z']+)",
        "throws threw throwing chucks chucked hurls hurled lobs lobbed",
        who="against_me",
    ),
    _rule(
        "oblique/made-me-get-rid-of-the-baby",
        "abuse",
        True,
        r"(?P<v>made|makes|forced|forces|forcing|pressured|pressuring|pushed|pushing) (?P<obj>me"
        r"|her) (?:to )?(?:into )?(?P<act>(?:get rid of|getting rid of|abort|aborting|terminate"
        r"|terminating|lose) (?:the|my|our|her) (?:baby|pregnancy)|(?:have|having) (?:an )?"
        r"(?:abortion|termination))",
        "baby pregnancy abortion termination",
        who="against_me",
    ),
    _rule(
        "oblique/get-me-alone",
        "abuse",
        False,
        r"(?P<v>get|getting|gets|got) (?P<obj>me|her|him) (?P<act>alone(?: in (?:the|his|her|a)"
        r" (?:car|room|kitchen|office|house|flat|garage|bedroom))?)",
        "alone",
        needs="touch touching touches touched kiss kissing kissed uncomfortable creepy secret "
        "grab grabs grabbed grabbing hands",
        who="against_me",
    ),
    _rule(
        "oblique/comes-in-while-showering",
        "abuse",
        False,
        r"(?P<v>comes|came|walks|walked|coming|walking|barges|barged|bursts|burst) (?:in|into)"
        r" (?:the|my|her|his) (?P<act>(?:bathroom|shower|bedroom) (?:when|while|whenever) "
        r"(?:i am|she is|he is|i|she|he) (?:showering|in the shower|in the bath|having a (?:bath"
        r"|shower)|naked|changing|getting changed|undressed|getting dressed))",
        "showering shower bath naked changing changed undressed dressed",
        who="against_me",
    ),
    _rule(
        "oblique/wants-it-all-to-end",
        "suicide",
        False,
        r"(?P<v>want|wants|wanted|wanting|need|needs|wish) (?P<act>(?:it all|everything|all of it"
        r"|my life|this life|life) to (?:end|be over|stop (?:forever|for good|permanently))"
        r"(?: for good| forever| permanently| now)?)(?= [,.]| $| and| but)",
        "end over stop",
        needs="all everything life",
    ),
    _rule(
        "oblique/burn-with-the-tool",
        "self_harm",
        True,
        # the present, a habit: "I burn my legs with the straighteners" (a one-off in the
        # past, "burnt my leg with the straighteners doing my hair", is left to the
        # accident guard of the other rules)
        r"(?P<v>burn|burning|burns) (?P<act>my (?:own )?(?:legs|leg|thighs|thigh"
        r"|stomach|wrists|wrist|hips|hip|chest|skin|arms|arm) with (?:the|a|my|her|an) (?:[a-z]+ ){0,4}"
        r"(?:straighteners|lighter|iron|tongs|matches|match|cigarette|candle|hot spoon|spoon|teaspoon"
        r"|lighters))",
        "straighteners lighter iron tongs matches match cigarette candle spoon teaspoon lighters",
    ),
    _rule(
        "oblique/rub-my-skin-raw",
        "self_harm",
        False,
        r"(?P<v>rub|rubbed|rubbing|rubs|scrub|scrubbed|scrubbing|scrubs|scratch|scratched"
        r"|scratching|scratches|scrape|scraped|scraping) (?P<act>my (?:skin|arms|arm|legs|wrists"
        r"|thighs|stomach) raw)",
        "raw",
    ),
    _rule(
        "oblique/drink-till-i-black-out",
        "self_harm",
        False,
        r"(?P<v>drink|drinking|drank|drinks) (?:until|till|til) (?:i )?(?P<act>(?:black|blacked)"
        r" out|pass out|passed out)(?= (?:on purpose|deliberately|so i|to stop|because i want))",
        "black blacked pass passed",
    ),
    _rule(
        "oblique/fist-through-the-glass",
        "self_harm",
        False,
        r"(?P<v>put|putting|puts|punched|punch|punching|smashed|smash|smashing) (?P<act>my (?:fist"
        r"|fists|hand|hands|head|arm) through (?:the|a|my) (?:[a-z]+ )?(?:window|wall|mirror|glass"
        r"|door|pane))"
        r"(?= (?:on purpose|deliberately|again|to feel|till|until|and (?:watched|let) it bleed))",
        "window wall mirror glass door pane",
        needs="fist fists head",
    ),
    # -- after a death: the wish to follow, told with its means (dev10) ----------
    _rule(
        "oblique/stopped-taking-to-die",
        "suicide",
        False,
        r"(?P<v>stopped|stopping|stop|quit|quitting) taking (?P<act>(?:my|her|his|their) (?:[a-z]+ )?"
        r"(?:meds|medication|medicine|tablets|pills|insulin))"
        # (the normaliser drops a plain "so": "so he can" reads "he can")
        rf"(?= {across_gap(10)}(?:(?:so )?(?:i|she|he|they) can (?:die|be with|join)|(?:my|her"
        r"|his) heart (?:gives out|stops|packs in)))",
        "meds medication medicine tablets pills insulin",
    ),
    _rule(
        "oblique/ask-god-to-take-me",
        "suicide",
        False,
        r"(?P<v>ask|asking|asked|beg|begging|begged|pray|praying|prayed|plead|pleading) (?:to )?"
        r"(?:god|the lord|jesus|allah|him) (?:to )?(?P<act>take me|takes me)"
        rf"(?:{E}| (?:home|away|now|tonight|in my sleep|too|soon|already|so i can))",
        "god lord jesus allah him",
        who="self",
    ),
    _rule(
        "oblique/nothing-keeping-me",
        "suicide",
        False,
        r"(?P<v>nothing|nothing left|no one|nobody|noone) (?P<act>keeping me(?: alive| going"
        rf"| around)?){E}",
        "keeping",
        who="self",
    ),
    _rule(
        "oblique/finish-the-job",
        "suicide",
        False,
        r"(?P<v>i am|i feel|of me is|of me) (?:half )?(?:dead already|already dead|dead inside) "
        rf"{clause_gap(6)}(?:might as"
        r" well|may as well) (?P<act>finish (?:the job|it off|myself off))",
        "finish",
        who="self",
    ),
    _rule(
        "oblique/drive-off-it",
        "suicide",
        False,
        rf"(?P<v>cliff|cliffs|bridge|edge|quarry|pier|drop) {clause_gap(10)}(?P<act>(?:drive"
        rf"|driving|drove) (?:off|into) it|(?:step|stepping) off it){E}",
        "cliff cliffs bridge edge quarry pier drop",
    ),
    _rule(
        "oblique/thinking-of-stepping-in",
        "suicide",
        False,
        r"(?P<v>thinking about|think about|thought about|tempted to|want to|wanting to|keep imagining"
        r"|imagining) (?P<act>(?:stepping|step|walking|walk|wading|wade) (?:in|into it|out|off))"
        rf"(?:{E}| and (?:not|never) (?:coming|come) (?:back|out))",
        "stepping step walking walk wading wade",
        needs="edge river sea lake canal water reservoir platform bridge tracks",
    ),
    _rule(
        "oblique/bought-rope",
        "suicide",
        False,
        r"(?P<v>bought|buy|buying|ordered|order|ordering|got|have got|have) (?P<act>rope|a rope"
        r"|some rope|a length of rope)(?= [.]| $)",
        "rope",
    ),
    _rule(
        "oblique/garage-engine-running",
        "suicide",
        False,
        rf"(?P<v>garage) {clause_gap(10)}(?P<act>engine running|engine on)"
        rf"(?= {clause_gap(10)}(?:think|thinking|thought|closing|close|shut|shutting"
        r"|wondering|tempted))",
        "running on",
        needs="garage",
    ),
    _rule(
        "oblique/this-one-is-my-last",
        "suicide",
        False,
        r"(?P<v>this|it|this year|this christmas|this birthday|this anniversary) (?:one's|(?:one )?"
        rf"(?:is|will be)) (?P<act>my last){E}",
        "last",
        needs="anniversary anniversaries birthday christmas",
        who="self",
    ),
    _rule(
        "oblique/soon-it-will-be",
        "suicide",
        False,
        rf"(?P<v>should have been me) {clause_gap(3)}(?P<act>(?:and )?(?:soon it will be"
        r"|it will be soon|soon it will))",
        "soon",
        who="self",
    ),
    _rule(
        "oblique/live-in-a-world-without",
        "suicide",
        True,
        r"(?P<v>do not|never|no longer) (?:want|wish|wanna) to (?P<act>(?:live|be|exist|go on|carry on)"
        r" in (?:a|this|the) world (?:where (?:my|her|his|our|their) [a-z']+ (?:is not|is gone"
        r"|does not exist)|where (?:he|she|they) (?:is|are) not|without (?:him|her|them|my [a-z']+"
        r"|mum|dad|[a-z]+'s)))",
        "world",
        negatable=False,
    ),
    _rule(
        "oblique/be-with-them-whatever-it-takes",
        "suicide",
        False,
        r"(?P<v>be with|be back with|join|see) (?:her|him|them|my [a-z']+|mum|dad)(?: again)?"
        rf" [,.] (?P<act>i do not care how|whatever it takes|however i have to){E}",
        "care whatever however",
        who="self",
    ),
    # -- kinds from a second probe (voices the sets hold little of) ------------
    _rule(
        "oblique/dowry",
        "abuse",
        True,
        r"(?P<v>torturing|tortures|tortured|torture|harassing|harasses|harassed|harass|beating"
        r"|beats|beat|hitting|hits|threatening|threatens|threatened|burning|burnt) (?P<obj>me|us"
        r"|her) (?P<act>for (?:more )?(?:dowry|dowry money|more money from my (?:family|parents)))"
        r"|(?P<v2>dowry) (?P<act2>harassment|torture|death|demand|demands|threats|violence)",
        "dowry",
        who="against_me",
    ),
    _rule(
        "oblique/take-the-kids-never-see-them",
        "abuse",
        False,
        r"(?P<v>take|taking|took|takes) (?:the|my|our) (?:kids|children|baby|son|daughter|boys"
        rf"|girls) (?:{gap(6)})?(?P<act>(?:and|,) i (?:will|would) never see (?:them|him"
        r"|her) again)",
        "never",
        who="victim",
        negatable=False,
    ),
    _rule(
        "oblique/sent-away-to-marry",
        "abuse",
        False,
        r"(?P<v>sending|send|sends|sent|taking|take|takes|shipping) (?P<obj>me|her) (?:back )?(?:home |"
        r"abroad |away |back home )?(?:to [a-z]+ )?(?:to )?(?P<act>marry|get married|be married)",
        "marry married",
        who="against_me",
    ),
    _rule(
        "oblique/left-without-food-all-day",
        "abuse",
        False,
        r"(?P<v>leaves|left|leaving|keeps|kept) (?P<obj>me|her|him|them|mum|dad|my [a-z']+) "
        rf"(?:{gap(5)})?(?P<act>without (?:food|water|anything to eat|eating|a drink|my meds|her meds"
        r"|his meds|medication|help|being changed))",
        "without",
        needs="day days hours night nights chair bed carer carers",
        who="against_me",
    ),
    _rule(
        "oblique/covered-in-bruises",
        "abuse",
        False,
        r"(?P<v>is|are|was|were|always|often|keeps|comes|came|turns|turned) (?:always |often |"
        r"constantly |in |up )?(?P<act>covered in (?:bruises|new bruises|fresh bruises|marks|welts))",
        "bruises marks welts",
        who="against_me",
    ),
    _rule(
        "oblique/scratch-with-a-point",
        "self_harm",
        True,
        # the habit, or a deliberate verb ("I scratched my arm with the scissors opening a
        # parcel" is a slip)
        r"(?P<v>scratch|scratching|scratches|score|scoring|scored|carve|carving|carved"
        r"|etch|etching|etched) (?P<act>(?:my|into my) (?:arms|arm|wrists|wrist|legs|leg|thighs"
        r"|thigh|skin|stomach|hips) with (?:a |the |my )?(?:scissors|compass|pin|needle|knife|blade"
        r"|razor|glass|safety pin|paperclip|key|keys|pen knife|penknife))",
        "scissors compass pin needle knife blade razor glass paperclip key keys penknife",
    ),
    # -- a wish to die in the other language of a code-switched message -------
    _rule(
        "oblique/other-language",
        "suicide",
        True,
        r"(?P<v>marna|mar|jeena|jeene|khudkushi|aatmahatya|atmahatya|quiero|me|je|ich|voglio|quero"
        r"|suicidarme) (?P<act>(?<=marna )(?:hai|chahta|chahti|chahta hoon|chahti hoon|chahta hun"
        r"|chahti hun)|(?<=mar )(?:jana|jaana) (?:chahta|chahti)|(?<=jeena )nahi (?:chahta|chahti)"
        r"|(?<=jeene )ka (?:mann|man|mood) nahi|(?<=khudkushi )(?:karna|karunga|karungi|kar)"
        r"|(?<=aatmahatya )(?:karna|karunga|karungi|kar)|(?<=atmahatya )(?:karna|karunga|karungi"
        r"|kar)|(?<=quiero )(?:morir|morirme|matarme)|(?<=me )(?:quiero (?:morir|matar)|suicider)"
        r"|(?<=je )veux mourir|(?<=ich )(?:will sterben|will nicht mehr leben|bringe mich um)"
        r"|(?<=voglio )morire|(?<=quero )(?:morrer|me matar))",
        "hai chahta chahti jana jaana nahi karna karunga karungi kar morir morirme matarme matar "
        "suicider mourir sterben leben um morire morrer",
        needs="marna mar jeena jeene khudkushi aatmahatya atmahatya quiero me je ich voglio quero",
        who="self",
        negatable=False,
    ),
    # -- kinds from a third probe ---------------------------------------------
    _rule(
        "oblique/everything-to-go-dark",
        "suicide",
        False,
        r"(?P<v>want|wants|wanted|wish|need|needs) (?P<act>(?:everything|it all|it|the world"
        rf"|my world) (?:to|would|could) (?:all )?go (?:dark|black)(?: forever| for good| permanently)?){E}",
        "dark black",
    ),
    _rule(
        "oblique/which-pills-would-do-it",
        "suicide",
        False,
        rf"(?P<v>which|what|how many|how much) (?:[a-z]+ )?(?P<act>{DRUG}(?: [a-z]+)? (?:would"
        r"|will|could|it would take to|it takes to) (?:do it|kill me|kill you|kill someone|be enough"
        rf"|finish me off|do the job|end it))(?:{E}| (?:and|so|tonight|now|quickly|fast|painlessly))",
        "pills tablets meds medication medicine paracetamol painkillers pill tablet tylenol ibuprofen aspirin codeine insulin xanax",
    ),
    _rule(
        "oblique/sleep-and-never-have-to",
        "suicide",
        False,
        r"(?P<v>sleep|asleep|disappear|vanish) and (?:never|not) (?P<act>have to (?:deal with|face"
        r"|feel|do|think about) (?:anything|any of this|any of it|it|this|life|another day|tomorrow"
        rf"|people)(?: again| ever again| anymore)?){E}",
        "sleep asleep disappear vanish",
        negatable=False,  # the "never" is the wish: "and never have to face it again"
    ),
    _rule(
        "oblique/thinking-about-falling",
        "suicide",
        False,
        r"(?P<v>think|thinking|thought|think about|imagine|imagining) (?:about )?(?P<act>(?:just )?"
        rf"(?:falling|letting myself fall|letting go|leaning over|tipping over)){E}",
        "falling fall go over",
        needs="top stairs edge balcony roof bridge cliff window ledge platform",
    ),
    _rule(
        "oblique/and-that-is-it",
        "suicide",
        False,
        r"(?P<v>going|go|heading|walking|driving) (?:to|up to|out to) (?P<act>(?:the|a) (?:bridge"
        r"|cliff|cliffs|tracks|railway|roof|edge|river|quarry|multistorey|multi storey|car park"
        r"|viaduct|pier) (?:tonight |tomorrow |now |today )?(?:and|,) (?:that is it|that is that"
        rf"|that will be it|that is the end|that is all)){E}",
        "bridge cliff cliffs tracks railway roof edge river quarry multistorey storey park viaduct pier",
    ),
    _rule(
        "oblique/nobody-would-look-for-me",
        "suicide",
        False,
        r"(?P<v>if i) (?P<act>(?:disappeared|died|vanished|was gone|were gone|was not here"
        r"|stopped existing|went missing)(?: tomorrow| today| tonight)?(?: ,)? (?:nobody|no one"
        r"|noone|not one person|not a single person) would (?:notice|care|look for me|miss me"
        r"|come looking|even notice|know))",
        "disappeared died vanished gone missing existing here",
        who="self",
        negatable=False,
    ),
    _rule(
        "oblique/seeing-blood-helps",
        "self_harm",
        False,
        r"(?P<v>only thing that helps|only thing that works|what helps|what calms me|only thing"
        r" that calms me) (?P<act>is (?:when i )?(?:see|seeing|watch|watching) (?:the |my own |my )?"
        r"blood)"
        r"|(?P<v2>see|seeing|watch|watching) (?P<act2>(?:the |my own |my )?blood (?:helps|calms me"
        r"|is a relief|makes me feel better|feels good|makes it stop))",
        "blood",
    ),
    _rule(
        "oblique/held-on-my-skin-till-it-burns",
        "self_harm",
        True,
        r"(?P<v>hold|held|holding|holds|press|pressed|pressing|put|putting|keep|kept) (?:ice|an ice"
        r" cube|ice cubes|a lighter|a flame|a hot spoon|a hot knife|the iron|a match|a lit match)"
        rf" (?:on|against|to) (?P<act>my (?:skin|{_BODY}) (?:till|until) (?:it|they|the skin)"
        r" (?:burns|burned|burnt|blisters|blistered|bleeds|bled))",
        "burns burned burnt blisters blistered bleeds bled",
    ),
    _rule(
        "oblique/tied-till-it-went-purple",
        "self_harm",
        False,
        r"(?P<v>tie|tied|tying|ties|wrap|wrapped|wrapping|pull|pulled) (?:things|something|a string"
        r"|a cord|a belt|a hair tie|a band|a rope|a shoelace|string|cord|elastic|bands|hair ties)"
        r" (?:tight |tightly )?(?:round|around) (?P<act>my (?:arm|arms|wrist|wrists|leg|legs|neck"
        r"|thigh|thighs) (?:till|until) (?:it|they) (?:goes|go|went|turns|turned) (?:purple|blue"
        rf"|numb|white|black))(?:{E}| (?:and|again|every|so|because|on purpose))",
        "purple blue numb white black",
    ),
    # -- the tune parts' remaining kinds ---------------------------------------
    _rule(
        "oblique/not-be-here-without",
        "suicide",
        True,
        r"(?P<v>do not|never|no longer) (?:want|wish|wanna) to (?P<act>(?:be here|be alive|live|exist"
        r"|go on|carry on) without (?:him|her|them|my [a-z']+|mum|dad|mam|mom))",
        "without",
        negatable=False,
    ),
    _rule(
        "oblique/sure-i-will-make-it-to",
        "self_harm",
        False,
        r"(?P<v>clean for|clean) (?:[0-9]+ )?(?:days|weeks|months|day|week|month)?"
        rf" ?{across_gap(4)}(?P<act>not sure i will make it(?: to [0-9]+| to tomorrow| through"
        r" tonight| another day)?)",
        "clean",
        negatable=False,
    ),
    _rule(
        "oblique/describing-what-i-wore",
        "abuse",
        False,
        r"(?P<v>describing|describes|described|describe|knew|knows|know|telling me|told me|tells me)"
        r" (?P<act>what i (?:was|am|had been) wearing|where i (?:was|had been|went) (?:today|tonight"
        r"|last night|that day|earlier|yesterday))",
        "wearing today tonight night day earlier yesterday",
        needs="unknown anonymous stranger strangers number numbers account accounts fake private "
        "texts messages",
        who="victim",
    ),
    _rule(
        "oblique/they-would-believe-him",
        "abuse",
        False,
        r"(?P<v>they|everyone|people|the police|nobody|no one|they all) (?:would|will) (?:all )?"
        r"(?P<act>believe (?:him|her|them)(?: over me| not me| instead)?)(?= [,.]| $| because| over)",
        "believe",
        needs="tell report police officer",
        who="victim",
        negatable=False,
    ),
    _rule(
        "oblique/bag-packed-to-run",
        "abuse",
        False,
        r"(?P<v>bag|bags|suitcase|rucksack|holdall|go bag) (?:packed|hidden|ready|stashed)"
        rf" {clause_gap(10)}(?:in case|for when|if|until|waiting for) (?:i )?(?:ever )?(?:get )?"
        r"(?:the |a )?(?P<act>(?:chance|opportunity|time|moment) to (?:run|leave|get out|escape"
        r"|get away))",
        "bag bags suitcase rucksack holdall",
        who="victim",
    ),
    _rule(
        "oblique/says-not-to-tell",
        "abuse",
        False,
        r"(?P<v>says|said|tells me|told me|asks me|asked me|makes me promise|made me promise) (?:me )?"
        r"(?P<act>not to tell(?: anyone| anybody| my (?:mum|mom|dad|parents|mam))?)",
        "tell",
        needs="uncomfortable secret coach teacher uncle stepdad older messages pictures photos touch "
        "touches touched touching",
        who="victim",
        negatable=False,
    ),
    _rule(
        "oblique/do-this-life-thing",
        "suicide",
        False,
        r"(?P<v>not|never|no longer) (?:want|wanna|going) to (?P<act>do (?:this )?(?:life|living)"
        r" thing)(?: anymore| any more| any longer)?",
        "life living",
        negatable=False,
    ),
    _rule(
        "oblique/death-my-own",
        "suicide",
        False,
        r"(?P<v>thinking about|think about|thought about|obsessed with|obsessing about|dreaming about)"
        r" (?P<act>death ,? (?:my own|mine))",
        "death",
        who="self",
    ),
    _rule(
        "oblique/silent-for-days-then",
        "abuse",
        False,
        r"(?P<v>goes|go|went|going) (?P<act>silent for (?:days|weeks)) (?:and )?(?:then )?"
        r"(?:explodes|blows up|screams|rages|punishes me|lashes out|kicks off)"
        r"|(?P<v2>speak|talk) to me for (?P<act2>days ,? or worse)",
        "silent worse",
        who="victim",
        negatable=False,  # "he doesn't speak to me for days, or worse": the silence is the act
    ),
    _rule(
        "oblique/finishing-it-tonight",
        "suicide",
        False,
        r"(?P<v>thinking about|think about|thought about|going to|gonna|planning on|plan to|want to)"
        rf" {clause_gap(12)}(?P<act>finishing it|finish it|ending it) (?:tonight|now|for good)",
        "tonight now good",
        needs="saved stockpiled pills tablets quiet somewhere everything",
        who="self",
    ),
    _rule(
        "oblique/not-sticking-around-if",
        "suicide",
        False,
        rf"(?P<v>if|when|once) {clause_gap(8)}(?P<act>i am not (?:sticking|staying) around)"
        rf"{E}",
        "around",
        needs="scan results diagnosis cancer tumour tumor biopsy test",
        who="self",
        negatable=False,
    ),
    _rule(
        "oblique/petrol-and-going-round",
        "harm_to_others",
        True,
        r"(?P<v>petrol|lighter fluid|accelerant|paraffin|a jerry can) "
        rf"{clause_gap(8)}(?P<act>going (?:round|over) (?:there|to (?:his|her|their) (?:house"
        r"|place|flat))|round there)(?= tonight| now| later| when)",
        "petrol fluid accelerant paraffin jerry",
        who="self",
    ),
    _rule(
        "oblique/at-least-not-deep",
        "self_harm",
        False,
        r"(?P<v>at least) (?P<act>(?:it is|they are|this one is) not (?:too |that |very |as )?deep)",
        "deep",
        needs="again bathroom blood towel towels plasters cut cuts floor",
    ),
    _rule(
        "oblique/found-a-tracker",
        "abuse",
        False,
        r"(?P<v>found|find|discovered|noticed|spotted) (?P<act>(?:a|an) (?:tracker|tracking device"
        r"|airtag|air tag|gps tracker|tile|hidden camera|recording device|bug) (?:[a-z]+ )?(?:under"
        r"|on|in|inside|behind) (?P<obj>my|our) (?:car|bag|coat|room|bedroom|bathroom|phone|flat"
        r"|house|bike))",
        "tracker tracking airtag air tile camera recording bug",
        who="against_me",
    ),
    # -- self-harm, a fourth probe -------------------------------------------
    _rule(
        "oblique/slit-my-wrist",
        "self_harm",
        True,
        r"(?P<v>slit|slitting|slits|slashed|slashing|slash) (?P<act>my (?:wrist|wrists|veins|forearm"
        r"|forearms|throat))",
        "wrist wrists veins forearm forearms throat",
    ),
    _rule(
        "oblique/head-into-the-wall",
        "self_harm",
        False,
        r"(?P<v>slam|slams|slammed|slamming|smash|smashes|smashed|smashing|bash|bashes|bashed"
        r"|bashing|throw|throws|threw) (?P<act>my (?:own )?head (?:into|against|off) (?:the|a|my)"
        r" (?:wall|walls|door|desk|floor|mirror|table|radiator))",
        "wall walls door desk floor mirror table radiator",
        of_a_task=True,
    ),
    _rule(
        "oblique/pour-it-on-my-skin",
        "self_harm",
        True,
        r"(?P<v>pour|pours|pouring) (?:boiling |hot )?(?:water|tea|coffee|the kettle|bleach) "
        r"(?P<act>(?:on|over|onto) my (?:hand|hands|arm|arms|leg|legs|skin|wrist|wrists|thigh"
        r"|thighs|feet|foot|stomach))",
        "on over onto",
    ),
    _rule(
        "oblique/punish-my-body",
        "self_harm",
        False,
        r"(?P<v>punish|punishes|punishing|punished|hurt|hurting|hurts|do bad things to|do horrible"
        r" things to|do awful things to|did bad things to) (?P<act>my (?:own )?body)"
        r"(?! (?:at|in|with|by) (?:the )?(?:gym|workout|training|running|football))",
        "body",
    ),
    _rule(
        "oblique/addicted-to-cutting",
        "self_harm",
        True,
        r"(?P<v>addicted to|hooked on|addiction to) (?P<act>cutting|selfharm|sh|hurting myself"
        r"|burning myself|the blade|blades)",
        "cutting selfharm sh hurting burning blade blades",
    ),
    _rule(
        "oblique/my-cutting-worse",
        "self_harm",
        True,
        r"(?P<v>my) (?P<act>(?:cutting|selfharm|sh|burning|scratching) (?:is|has) (?:getting|got"
        r"|gotten|become|been getting) (?:worse|deeper|out of control|more often|bad|really bad))",
        "cutting selfharm sh burning scratching",
    ),
    _rule(
        "oblique/not-cut-in-a-week-but",
        "self_harm",
        False,
        r"(?P<v>have not|not|had not) (?P<act>(?:cut|selfharm|harmed myself|hurt myself|burned"
        r"|burnt|burned myself) (?:in|for) (?:a |[0-9]+ |two |three |four |five |a few )?(?:day"
        r"|days|week|weeks|month|months))"
        rf"(?= {clause_gap(3)}(?:but|and) (?:the |my )?(?:urge|urges|want|craving|cravings))",
        "cut selfharm myself burned burnt",
        negatable=False,
    ),
    _rule(
        "oblique/hid-the-blade",
        "self_harm",
        False,
        r"(?P<v>hid|hide|hides|hiding|hidden|stash|stashed|stashing|tape|taped) (?:a |the |my |some"
        r" |another )?(?P<act>(?:razor|razors|blade|blades|razor blade|razor blades|sharpener blade|knife|knives)"
        r" (?:in|under|inside|behind|into) (?:my|the|a|his|her|their) (?!bathroom|cabinet|shower|washbag"
        r"|wash bag|kitchen|drawer)"
        # (the normaliser drops a plain "so": "so my brother can't find it" reads "my brother ...")
        r"[a-z]+)(?! (?:(?:so|away from|from) )?(?:that )?(?:my |the |our )?(?:little )?(?:brother|sister"
        r"|kids|children|son|daughter|baby|toddler|nephew|niece|dog|cat|puppy|grandkids))",
        "razor razors blade blades knife knives",
    ),
    # -- harm from others, a fifth probe -------------------------------------
    _rule(
        "oblique/hide-in-my-room",
        "abuse",
        False,
        r"(?P<v>i|we|me and my (?:brother|sister|mum|mom)) (?:have to |always |just )?(?P<act>(?:hide"
        r"|hid|hiding|lock myself|locked myself|lock ourselves|locked ourselves) (?:in|under)"
        r" (?:my|our|the) (?:room|bedroom|bathroom|wardrobe|cupboard|bed))",
        "room bedroom bathroom wardrobe cupboard bed",
        needs="drunk drinking smashes smashing smashed shouting screaming rages raging angry hits "
        "hitting throws throwing",
        who="victim",
    ),
    _rule(
        "oblique/paid-to-keep-quiet",
        "abuse",
        False,
        r"(?P<v>gives|gave|pays|paid|buys|bought) (?P<obj>me|her|him) (?:money |presents |things "
        r"|sweets |gifts |stuff )?(?P<act>to (?:keep|stay) quiet|(?:so|to make sure) (?:i|she|he)"
        r" (?:do not|does not|will not|would not) tell|to keep (?:it|our|the) secret)",
        "quiet tell secret",
        needs="does did happened touch touches touched uncle coach stepdad teacher older bed room",
        who="against_me",
    ),
    _rule(
        "oblique/held-me-down",
        "abuse",
        True,
        r"(?P<v>held|holds|hold|holding|pinned|pins|pin|pinning) (?P<obj>me|her|him) (?P<act>down)"
        r"(?= (?:and (?:would not|did not|will not|does not) let|until|till|while|and (?:hit|punched"
        r"|choked|touched|raped|forced|slapped|strangled|kicked)))",
        "down",
        who="against_me",
    ),
    _rule(
        "oblique/nobody-will-believe-me",
        "abuse",
        False,
        r"(?P<v>tells me|told me|says|said|keeps telling me|tell me) (?:that )?(?:i am (?:crazy|mad"
        r"|insane|a liar|making it up) (?:and )?(?:that )?)?(?P<act>(?:nobody|no one|noone)"
        r" (?:will|would) (?:ever )?believe (?:me|you))"
        rf"(?={E}| (?:if i (?:tell|told|report|go to)|because|over (?:him|her|them)|anyway))",
        "believe",
        who="victim",
        negatable=False,
    ),
    _rule(
        "oblique/left-alone-for-days",
        "abuse",
        False,
        r"(?P<v>left|leaves|leaving|are left|is left|get left|gets left) (?P<act>(?:alone|on their"
        r" own|on his own|on her own|home alone|by themselves|by himself|by herself) for (?:days"
        r"|nights|the whole weekend|whole weekends|days at a time))",
        "days nights weekend weekends",
        who="relation",
    ),
    # -- suicide, a sixth probe ------------------------------------------------
    _rule(
        "oblique/cannot-keep-myself-safe",
        "suicide",
        True,
        r"(?P<v>can not|cannot|could not|do not think i can|not sure i can|unable to|struggling to"
        r"|not able to|do not know if i can|can no longer) (?P<act>keep (?:myself|herself|himself"
        r"|themselves|themself) safe)",
        "safe",
        negatable=False,
    ),
    _rule(
        "oblique/what-i-might-do-to-myself",
        "suicide",
        False,
        r"(?P<v>scared|afraid|frightened|worried|terrified) (?:of )?(?:what )?(?P<act>(?:i|she|he)"
        r" (?:might|will|could|would|am going to|is going to) do to (?:myself|herself|himself))",
        "myself herself himself",
    ),
    # The same fear with someone else as the one at risk: "I'm frightened of what I might
    # do to her", "I don't trust myself around the baby"; and with nobody named.
    _rule(
        "oblique/what-i-might-do-to-them",
        "harm_to_others",
        False,
        r"(?P<v>scared|afraid|frightened|worried|terrified) (?:of )?(?:what )?(?P<act>i (?:might|will|could|would|am going to) do to"
        r" (?:her|him|them|someone|somebody|people|the baby|the kids|the children|my (?:{W} )?{PERSON}))(?![a-z0-9'])"
        r"|(?P<v2>do not|can not|no longer|can't|don't) trust myself (?P<act2>(?:around|with|near|alone with) (?:her|him|them|the baby|the kids|the children|my (?:{W} )?{PERSON}))(?![a-z0-9'])".replace(
            "{PERSON}", PERSON
        ).replace("{W}", W),
        "do trust",
        who="self",
        negatable=False,
    ),
    _rule(
        "oblique/what-i-might-do",
        "suicide",
        False,
        r"(?P<v>scared|afraid|frightened|terrified) of (?P<act>what i (?:might|could|am going to|will) do(?: next| now| tonight| to myself)?)(?=(?: [,.])| $| if| when| because)",
        "do",
        needs="scared afraid frightened terrified",
    ),
    _rule(
        "oblique/rest-forever",
        "suicide",
        False,
        r"(?P<v>want to|wanna|need to|wish i could|ready to|long to|just want to) (?P<act>rest"
        r" (?:forever|for good|for ever|permanently)|be at rest(?: forever| for good| now)?"
        r"|rest in peace)",
        "rest",
    ),
    _rule(
        "oblique/only-one-way-out",
        "suicide",
        False,
        r"(?P<v>see|find|know|have|there is|there is only|only) (?:a |any |no |one )?(?P<act>way"
        r" out (?:of this |of it )?(?:except|but|other than|apart from) one)"
        rf"|(?P<v2>only) (?P<act2>(?:one )?way out(?: left)?){E}",
        "one out left",
        negatable=False,  # "I can't see a way out except one"
    ),
    _rule(
        "oblique/peaceful-to-stop",
        "suicide",
        False,
        r"(?P<v>peaceful|restful|a relief|such a relief|so easy|easy|would be (?:so |such )?"
        r"(?:peaceful|restful|a relief|easy|easier|nice)) (?:it )?(?:would |will |could )?"
        r"(?:be )?(?:to )?(?P<act>(?:just )?(?:stop|go|die|not wake up|not be here|disappear|end it"
        rf"|slip away|fade away)){E}",
        "stop go die wake here disappear it away",
        needs="peaceful restful relief easy",
    ),
    _rule(
        "oblique/while-everyone-is-away",
        "suicide",
        False,
        rf"(?P<v>end it|go through with it|end things|end my life) {clause_gap(4)}"
        r"(?P<act>(?:while|when|once) (?:everyone|everybody|they|the family|no one|nobody|the kids"
        r"|my (?:wife|husband|partner|parents|family|flatmates))(?:'s| is| are) (?:away|out|asleep|gone"
        r"|at work|at school|on holiday|not home|not in))",
        "away out asleep gone work school holiday home in",
    ),
    _rule(
        "oblique/thinking-about-the-tablets",
        "suicide",
        False,
        r"(?P<v>keep|keeps|kept|been|can not stop|cannot stop) (?:thinking about|looking at|staring at)"
        rf" (?P<act>(?:the|my|all the|all my|those|that box of|that bottle of) (?:[a-z]+ )?{DRUG})"
        r"(?! (?:(?:that )?i (?:forgot|missed|need|have to|should|was meant)|to take|for (?:my|the|her|his)))",
        "pills tablets meds medication medicine paracetamol painkillers insulin",
    ),
    _rule(
        "oblique/waste-of-space-should-go",
        "suicide",
        False,
        r"(?P<v>waste of space|waste of oxygen|waste of air|burden|worthless|useless|pathetic)"
        rf" {clause_gap(6)}(?P<act>(?:should|might as well|ought to|need to) (?:just )?"
        rf"(?:go|disappear|die|leave for good|not be here|not exist)){E}",
        "go disappear die good here exist",
    ),
    _rule(
        "oblique/plan-and-follow-through",
        "suicide",
        False,
        r"(?P<v>have|got|made|have got|have made) a plan (?:and|,) "
        rf"{clause_gap(4)}(?P<act>(?:going to|will|gonna|intend to|mean to) (?:follow through"
        rf"|go through with it|do it|carry it out|see it through)){E}",
        "through it out",
        needs="die dying dead suicide suicidal pills tablets rope bridge note goodbye kill myself "
        "alive anymore",
    ),
    _rule(
        "oblique/stared-at-the-tracks",
        "suicide",
        False,
        r"(?P<v>looked|looking|stared|staring|watched|watching|stood looking) (?:at |down at |over at "
        r"|over )?(?:the )?(?P<act>(?:train tracks|tracks|railway line|railway|drop|edge) (?:below )?for"
        r" (?:a long time|ages|hours|a while|so long|too long))"
        r"|(?P<v2>stared|staring|stood staring|looked down|looking down) (?:at |into )?(?:the )?"
        r"(?P<act2>(?:water|river|sea|canal) (?:below )?for (?:a long time|ages|hours|so long|too long))",
        "time ages hours while long",
    ),
    _rule(
        "oblique/end-the-pain-for-good",
        "suicide",
        False,
        r"(?P<v>end|stop|ending|stopping) (?P<act>(?:the|my|all the|this|all this) pain (?:for good"
        r"|forever|permanently|once and for all))",
        "good forever permanently all",
    ),
    _rule(
        "oblique/note-saying-sorry",
        "suicide",
        False,
        r"(?P<v>note|letter|message) (?:saying|that said|that says|to say) (?P<act>sorry|goodbye"
        rf"|i love you all|sorry for everything|bye){E}",
        "sorry goodbye all everything bye",
    ),
    # -- harm from others, a seventh probe ------------------------------------
    _rule(
        "oblique/then-i-pay-for-it",
        "abuse",
        False,
        r"(?P<v>and then|then|or|otherwise|and|or else) (?P<act>i (?:pay|paid|will pay|have to pay"
        r"|end up paying) for it)",
        "pay paid paying",
        needs="angry mad furious mood temper rage rages kicks explodes",
        who="victim",
        negatable=False,  # "if I don't reply ... and then I pay for it"
    ),
    _rule(
        "oblique/cover-what-he-does",
        "abuse",
        False,
        r"(?P<v>cover|covers|covering|covered|hide|hides|hiding|hid|conceal|concealing) (?:up )?"
        r"(?P<act>what (?:he|she|they) (?:does|did|has done|have done|do)(?: to me)?)",
        "does did done do",
        needs="makeup concealer foundation sleeves scarf polo bruises marks",
        who="victim",
    ),
    _rule(
        "oblique/have-me-deported",
        "abuse",
        False,
        r"(?P<v>threaten|threatens|threatened|threatening|says|said|will|keeps saying|tells me)"
        r" (?:to |he will |she will |they will )?(?P<act>(?:have|get) (?P<obj>me|her|us) deported"
        r"|report (?:me|her|us) to (?:immigration|the home office|ice)|cancel (?:my|her|our) visa"
        r"|take away (?:my|her|our) visa)",
        "deported immigration office ice visa",
        who="against_me",
    ),
    _rule(
        "oblique/not-allowed-to-talk-to-other-men",
        "abuse",
        False,
        r"(?P<v>not allowed to|never allowed to|can not|cannot|is not allowed to|are not allowed to)"
        r" (?P<act>(?:talk|speak|text|message|see|meet)(?: to| with)? (?:other (?:men|women|guys|girls"
        r"|boys|people)|any"
        r" (?:men|women|guys|girls|boys)|anyone (?:else|without (?:him|her))))",
        "men women guys girls boys people else him her",
        needs="he she him her husband wife partner boyfriend girlfriend crazy angry",
        who="victim",
        negatable=False,
    ),
    _rule(
        "oblique/work-without-pay",
        "abuse",
        False,
        r"(?P<v>make|makes|made|force|forces|forced|making) (?P<obj>me|us|her|him) (?:to )?(?P<act>work "
        rf"{clause_gap(6)}(?:and )?(?:do not|does not|did not|never|without) (?:pay|paying)"
        r" (?:me|us|her|him))(?! (?:overtime|extra|enough|on time|properly|for|much|more|minimum))",
        "pay paying",
        who="against_me",
    ),
    _rule(
        "oblique/fire-me-unless",
        "abuse",
        True,
        r"(?P<v>fire|sack|fail|evict|kick out|report|demote|ruin) (?P<obj>me|her) (?:if i do not"
        r"|unless i|if i will not|if i would not|if she does not|unless she|if i did not|if i refuse"
        r" to|if i refused to|if she refused to) (?P<act>(?:sleep with|have sex with|go out with|kiss|touch|send (?:him|her) (?:pictures"
        r"|photos|nudes) (?:of myself )?)(?:him|her|them)?"
        r"|(?:go|went|come|came|going) (?:up |back |round )?to (?:his|her|their) (?:hotel )?(?:room|flat|house|place|car|bedroom)"
        r"|(?:go|went|have|had|meet|met) (?:him |her )?(?:(?:out )?(?:for |to )?(?:a )?(?:drink|drinks|dinner|meal) )?(?:with (?:him|her) )?alone"
        r"|spend the night(?: with (?:him|her))?|do what (?:he|she|they) (?:says|wants|say|want|tells me))",
        "sleep sex out kiss touch pictures photos nudes room flat house place car bedroom alone night says wants say want tells",
        who="victim",
    ),
    _rule(
        "oblique/locks-the-doors-so-i-cannot",
        "abuse",
        False,
        r"(?P<v>locks|locked|lock|locking) (?:the|all the|every|my|our) (?:door|doors|windows"
        r"|room|front door) (?:so )?(?:that )?(?P<act>(?:i|we|she|the kids) (?:can not|could not"
        r"|cannot|am not able to|are not able to) (?:get out|leave|escape|go out|get away))",
        "out leave escape away",
        who="victim",
    ),
    _rule(
        "oblique/eat-alone-in-my-room",
        "abuse",
        False,
        r"(?P<v>not|never|does not|do not|will not|won't) let (?:me|us|her|him) (?P<act>eat (?:with"
        r" (?:the family|us|them|everyone)|at the table))"
        r"|(?P<v2>makes|made|make|forces|forced) (?:me|her|him) (?P<act2>eat (?:alone|on my own"
        r"|on the floor|in my room|separately))",
        "family us them everyone table alone own floor room separately",
        who="victim",
        negatable=False,
    ),
    # -- acts and rehearsals told as done, an eighth probe ---------------------
    _rule(
        "oblique/cut-where-it-is-no-slip",
        "self_harm",
        True,
        r"(?P<v>cut|cutting|cuts|sliced|slicing|slashed|slashing|slash) (?P<act>(?:into )?my"
        r" (?:stomach|belly|thighs|thigh|hips|hip|wrists|wrist|forearms|forearm|chest|upper arms)"
        r" (?:[a-z0-9']+ ){0,3}with (?:a |the |my )?(?:kitchen |broken |sharp |bread )?(?:knife"
        r"|blade|razor|glass|mirror|scissors|pin|needle|compass))"
        r"|(?P<v2>slash|slashed|slashing|slashes) (?P<act2>my (?:legs|leg|arms|arm|skin|body))",
        "knife blade razor glass mirror scissors pin needle compass legs leg arms arm skin body",
    ),
    _rule(
        "oblique/took-a-handful",
        "suicide",
        False,
        r"(?P<v>took|swallowed|downed|necked|have taken|had taken) (?P<act>(?:[1-9][0-9]+|twenty"
        r"|thirty|forty|fifty|a handful|handfuls|loads|too many|a whole (?:box|bottle|strip|packet"
        rf"|pack)) (?:of )?(?:my |the |her |his |mum's |dad's )?(?:[a-z]+ )?{DRUG})",
        "pills tablets meds medication medicine paracetamol painkillers antidepressants insulin "
        "codeine",
    ),
    _rule(
        "oblique/tear-at-my-skin",
        "self_harm",
        False,
        r"(?P<v>tear|tearing|tore|rip|ripping|ripped|claw|clawing|clawed|gouge|gouging|gouged)"
        r" (?:at |into )?(?P<act>my (?:skin|arms|arm|wrists|legs|face|thighs|stomach))",
        "skin arms arm wrists legs face thighs stomach",
    ),
    _rule(
        "oblique/down-the-stairs-to-hurt",
        "self_harm",
        True,
        r"(?P<v>throw|threw|throwing|throws) (?P<act>myself (?:down|off) (?:the )?(?:stairs|steps"
        r"|bed|wall))",
        "stairs steps bed wall",
    ),
    _rule(
        "oblique/round-my-neck",
        "suicide",
        True,
        r"(?P<v>tied|tie|tying|put|putting|wrapped|wrapping|pulled|had|with) (?:a |the |my )?"
        r"(?P<act>(?:belt|cord|rope|cable|lead|ligature|noose|dressing gown cord) (?:tight )?"
        r"(?:round|around) my neck|(?:scarf|tie|tights) tight(?:ly)? (?:round|around) my neck)",
        "neck",
    ),
    _rule(
        "oblique/bag-over-my-head",
        "suicide",
        True,
        r"(?P<v>put|putting|puts|had|pulled|pulling) (?P<act>(?:a |the )?(?:plastic )?bag over my"
        r" head|my head in (?:a|the) (?:plastic )?bag)",
        "head bag",
        needs="plastic breathe breathing air suffocate tight",
    ),
    _rule(
        "oblique/tested-the-rope",
        "suicide",
        True,
        r"(?P<v>tested|test|testing|tried out|checked) (?P<act>(?:the|a|my) (?:rope|noose|belt|cord"
        r"|knot|beam|loft hatch|bannister|banister))",
        "rope noose belt cord knot beam hatch bannister banister",
        needs="loft hatch beam neck hanging hang bannister banister weight hold",
    ),
    _rule(
        "oblique/knife-to-my-wrist",
        "suicide",
        False,
        r"(?P<v>held|hold|holding|pressed|press|pressing|put|putting) (?:a |the |my )?(?:knife"
        r"|blade|razor|scissors|kitchen knife) (?P<act>(?:to|against|on|over) my (?:wrist|wrists"
        r"|throat|neck))",
        "wrist wrists throat neck",
    ),
    _rule(
        "oblique/sat-with-a-razor",
        "self_harm",
        False,
        r"(?P<v>sat|sit|sitting|lay|lying|laid) (?:in|on) (?:the )?(?:bath|bathroom floor|bed|floor)"
        r" with (?P<act>(?:a |the |my )?(?:razor|blade|knife|pills|tablets|rope))",
        "razor blade knife pills tablets rope",
    ),
    _rule(
        "oblique/into-traffic-on-purpose",
        "suicide",
        False,
        r"(?P<v>walked|walking|stepped|stepping|ran|run|running) (?:out )?(?:into|in front of)"
        r" (?P<act>(?:the |a )?(?:traffic|car|bus|lorry|road|train)) (?:on purpose|deliberately"
        r"|hoping|without looking on purpose)",
        "traffic car bus lorry road train",
    ),
    _rule(
        "oblique/hoping-to-crash",
        "suicide",
        False,
        r"(?P<v>hoping|hoped|hope|praying) (?:to |i would |that i would |i |it would |i will )?"
        rf"(?P<act>(?:crash|die|not make it|get hit|be hit|hit something|not wake up)(?={E}| into"
        r"| and)|have (?:a |an )?(?:heart attack|attack|seizure|hypo|fatal))",
        "crash die make hit wake attack seizure hypo fatal",
        who="self",
    ),
    # -- someone else at risk, a ninth probe ---------------------------------
    _rule(
        "oblique/on-the-ledge-and-will-not",
        "suicide",
        False,
        r"(?P<v>sitting|sat|standing|stood|sits|stands) on (?:the )?(?:window ledge|ledge|windowsill"
        r"|roof|balcony railing|railing|railings|edge of the roof|bridge railing|parapet|edge)"
        r" (?P<act>and (?:will not|won't|refuses to|would not|is not going to) (?:come in|come down"
        r"|get down|move|come back in|talk to (?:me|us|anyone)))",
        "in down move talk",
        needs="he she they flatmate friend son daughter brother sister mum dad partner someone",
    ),
    _rule(
        "oblique/doing-things-to-me-at-night",
        "abuse",
        True,
        r"(?P<v>has been|had been|keeps|kept|was|is|started|starts|been) (?P<act>(?:doing|did|does)"
        r" (?:stuff|things|sexual things|sex stuff|that stuff) to (?P<obj>me|her|him|my body|her body))"
        r"(?= at night| when| in (?:my|her|his|the) (?:room|bed|bedroom)| while| since| and| [,.]| $)",
        "stuff things",
        who="against_me",
    ),
    _rule(
        "oblique/had-taken-pills",
        "suicide",
        False,
        r"(?P<v>have|has|had|would|just) (?P<act>taken (?:an overdose|(?:a load of|loads of|too many"
        r"|all (?:of )?(?:her|his|my|the)|a handful of|a whole (?:box|bottle|packet) of|some of (?:her"
        rf"|his|my|the)) (?:[a-z']+ ){{0,2}}{DRUG}))",
        "taken",
        needs="overdose load loads many all handful whole some",
    ),
    # -- someone else's farewell --------------------------------------------
    _rule(
        "oblique/farewell-sent",
        "suicide",
        False,
        r"(?P<v>posted|posting|posts|post|texted|texting|texts|messaged|message|wrote|writes"
        rf"|said|says|saying|sent|note|letter|story) (?:{gap(6)})?(?P<act>see you on the other side"
        r"|(?:this is|that was|it is|this will be) the last time (?:you|i|we|anyone|anybody)"
        r" (?:will|would) (?:ever )?hear from (?:me|her|him|them)"
        r"|not long now)",
        "side hear long",
        negatable=False,  # "not long now" is what was posted
    ),
    _rule(
        "oblique/farewell-gone-quiet",
        "suicide",
        False,
        r"(?P<v>posted|posting|posts|texted|texting|texts|messaged|wrote|said|says|saying|sent|note"
        rf"|letter) (?:{gap(6)})?(?P<act>(?:thanks|thank you|sorry) for everything|(?:tonight|today)"
        r" is the (?:night|day)|look after (?:her|him|them|my [a-z]+|the [a-z]+|mum|dad) for me)",
        "everything night after",
        needs="note answering answer phone off deleted goodbye bye reply replying picking letter "
        "reach",
    ),
    _rule(
        "oblique/goodbye-then-silence",
        "suicide",
        False,
        r"(?P<v>posted|posting|posts|texted|texting|texts|messaged|wrote|sent|sends|left|got|had)"
        r" (?:me |us |her |him )?(?P<act>(?:a |this |her |his |their )?goodbye (?:text|message|note"
        r"|email|voicemail|letter|post))",
        "goodbye",
        needs="answering answer reach reply replying picking off deleted",
    ),
    _rule(
        "oblique/better-off-with-the-insurance",
        "suicide",
        False,
        r"(?P<v>better off) (?P<act>with (?:the |my |his |her )?(?:life insurance|insurance money"
        r"|insurance|payout|pay out)(?: money)? (?:than|instead of) (?:with )?(?:me|him|her|them))",
        "insurance payout pay",
    ),
    # -- issue 4 (tests/data/safety_dev15.toml): coercion with images, grooming -------
    # Filmed or photographed without consent: "he filmed us without asking", "she recorded
    # me while I was asleep", "took pictures of me in the shower".
    _rule(
        "oblique/filmed-without-asking",
        "abuse",
        True,
        r"(?P<v>filmed|films|filming|recorded|records|recording|videoed|videos|photographed"
        r"|photographs|took (?:pictures|photos|pics|videos|a video) of) (?P<act>(?:me|us)"
        r" (?:without (?:asking|my consent|consent|permission|me knowing|telling me|my permission)"
        r"|while i (?:was )?(?:asleep|sleeping|drunk|passed out|changing|showering|undressed|naked)"
        r"|in the (?:shower|bath|bathroom|changing room|toilet)|naked|undressed|having sex"
        r"|when i (?:was )?(?:asleep|drunk|passed out|changing)))",
        "filmed films filming recorded records recording videoed videos photographed photographs "
        "took",
        who="victim",
    ),
    # A threat to spread what was filmed or photographed, said with "it" or "them": "pay
    # him or he posts them to my school", "he says he'll send it to everyone if I leave".
    _rule(
        "oblique/or-he-posts-them",
        "abuse",
        True,
        r"(?P<v>or (?:else )?(?:he|she|they)(?: will| would| is going to| are going to| is gonna)?)"
        rf" (?P<act>{_SPREAD} (?:it|them|those|that|the lot)(?: (?:to|online|on|everywhere|around"
        r"|with|up))?)"
        r"|(?P<v2>(?:he|she|they)(?: will| would| is going to| are going to| is gonna| says he will"
        r"| says she will| said he would| said she would| threatens to| threatened to)?)"
        rf" (?P<act2>{_SPREAD} (?:it|them|those|that|the lot) (?:to|online|on|everywhere|around"
        rf"|with|up) {gap(4)}(?:if|unless|the day|the minute|the second) (?:i|we))",
        "send sends post posts share shares leak leaks show shows upload uploads spread spreads "
        "put puts",
        needs="pics pictures photos photo picture nudes nude naked video videos filmed recorded "
        "tape images intimate private",
        who="victim",
        negatable=False,
    ),
    # An adult's contact kept hidden: "she's told to keep it quiet", "he asks me to keep our
    # chats secret", with messages, time alone, touching or an adult in the message.
    _rule(
        "oblique/keep-it-between-us",
        "abuse",
        False,
        r"(?P<v>told|tells|telling|asked|asks|asking|made|makes|says|said|wants|wanted|warned"
        r"|warns)(?: (?:me|her|him|them|us))?(?: to)? (?P<act>keep (?:it|this|them|that|everything"
        r"|things|us|our (?:chats|messages|texts|secret|game|games|time)|the (?:messages|texts"
        r"|chats|gifts|presents)) (?:quiet|secret|a secret|hidden|our secret|between (?:us|them"
        r"|the two of us|ourselves)|just between us|from (?:my|her|his|their|your) (?:mum|mom|dad"
        r"|parents|family|wife|husband)))",
        "keep",
        needs="messaging messages message texting texts dms privately alone touch touches touched "
        "older adult uncomfortable pictures photos pics coach tutor teacher uncle stepdad game games "
        "lap",
        who="victim",
        negatable=False,
    ),
    # A "game" that is kept secret or is grown-up: "makes me play a secret game when mum's
    # at work", "he forced me to play his special games".
    _rule(
        "oblique/a-secret-game",
        "abuse",
        False,
        r"(?P<v>makes|made|make|forces|forced|force|gets|got|wants|wanted|asks|asked)"
        r" (?:me|her|him|us|them) (?:to )?(?P<act>play (?:a |his |her |their |our |the )?"
        r"(?:secret|special|private|tickle|naughty|grown up|grownup|adult|touching|doctor)"
        r" (?:game|games))",
        "game games",
        who="victim",
        negatable=False,
    ),
    # Someone hurt by a person close to them, told in the passive: "my sister was badly hurt
    # by her husband", "I got beaten up by my stepdad", "she was attacked by her ex". Not
    # what they said or did to the feelings ("hurt by his words", "by her leaving").
    _rule(
        "oblique/hurt-by-someone-close",
        "abuse",
        False,
        r"(?P<v>was|got|been|is|gets|getting|being|were|am|are) (?:(?:badly|seriously|physically"
        r"|violently|brutally|nearly|almost|repeatedly|sexually|horribly) )?"
        r"(?P<act>(?:(?<=badly )hurt|(?<=seriously )hurt|(?<=physically )hurt|(?<=violently )hurt"
        r"|(?<=brutally )hurt|(?<=horribly )hurt|injured|beaten|beaten up|attacked|assaulted|stabbed|strangled|choked"
        r"|punched|kicked|battered|raped|burned|burnt|slapped|shoved|smacked|whipped|knocked out"
        r"|put in hospital|hospitalised|hospitalized) by (?:her|his|their|my|our) (?:own |new "
        r"|ex |former |abusive |violent |drunk |controlling )?(?:husband|wife|partner|boyfriend"
        r"|girlfriend|ex|exhusband|ex-husband|exwife|ex-wife|exboyfriend|ex-boyfriend"
        r"|fiance|fiancee|dad|father|mum|mom|mother|stepdad|stepfather|stepmum|stepmom"
        r"|stepmother|brother|sister|son|daughter|uncle|aunt|cousin|grandad|grandfather|carer"
        r"|pimp|boss|landlord|flatmate|roommate|housemate|in-laws|family|parents|bf|gf|hubby"
        r"|man|fella|bloke|guy))"
        r"(?!'s)(?! (?:words|comments|comment|remarks|remark|silence|attitude|behaviour|behavior"
        r"|lies|lie|betrayal|text|texts|message|messages|reaction|tone|jokes|joke|criticism"
        r"|decision|absence|rejection|actions|cheating|affair|letter|email|post|forgetting"
        r"|leaving|not|never|ignoring|saying)(?![a-z]))(?! [a-z]+ing(?![a-z]))",
        "hurt injured beaten attacked assaulted stabbed strangled choked punched kicked battered "
        "raped burned burnt slapped shoved smacked whipped knocked hospital hospitalised "
        "hospitalized",
    ),
    # -- issue 4: revenge told as a debt ------------------------------------------------
    # "I'm going to make every one of them pay", "I'll make him pay for what he did": not a
    # bill, a fine or a round ("make him pay for the damage", "make them pay rent").
    _rule(
        "oblique/make-them-pay",
        "harm_to_others",
        False,
        r"(?P<v>going to|gonna|will|want to|to|swear i will|i will|would|have to)"
        rf" (?P<act>make (?:{PERSON_OBJ}|every (?:one|last one|single one|last) of them|each"
        r" (?:one )?of them|all of them|the lot of them|every one of those [a-z]+|the [a-z]+ who"
        r" [a-z]+ (?:me|us)) pay)"
        r"(?! (?:for (?:the |a |my |his |her |their |our |it )?(?:damage|damages|repairs|repair"
        r"|bill|bills|rent|petrol|gas|tickets|ticket|drinks|drink|dinner|lunch|breakfast|meal"
        r"|food|taxi|uber|parking|fine|fees|fee|half|share|round|takeaway|pizza|window|car|phone"
        r"|screen|all of it|everything he broke|everything she broke)|back|up|rent|attention"
        r"|me back|us back|the bill|their share|half|bills|tax|taxes|more|extra|a fine|it back"
        r"|child support|maintenance|compensation|interest|upfront|in advance|in cash|cash"
        r"|online|by card)(?![a-z]))",
        "pay",
        who="intent_other",
    ),
    # "He's going to pay", "they'll pay for what they did", with what makes it revenge (what
    # he did, where he lives, waiting for him, regret) in the message.
    _rule(
        "oblique/he-is-going-to-pay",
        "harm_to_others",
        False,
        r"(?P<v>(?:he|she|they)(?: is| are)? (?:going to|gonna)|(?:he|she|they) will)"
        r" (?P<act>pay(?: for (?:this|that|what (?:he|she|they) (?:did|done|has done|have done"
        rf"|said)|it|everything|all of it|hurting (?:me|my [a-z]+)))?)(?={E}| i | and i )",
        "pay",
        needs="did done lives waiting wait regret sorry revenge swear deserves deserve hurt "
        "hurting coming",
        who="self",
        negatable=False,
    ),
    # "I know where he lives and I'll be waiting": where someone can be found, with a threat.
    _rule(
        "oblique/know-where-he-lives",
        "harm_to_others",
        False,
        r"(?P<v>know|knows|found out|find out|worked out|got) (?P<act>where (?:he|she|they"
        r"|that [a-z]+|the [a-z]+|his [a-z]+|her [a-z]+) (?:lives|live|sleeps|works|parks"
        r"|drinks|goes to school|walks home))",
        "lives live sleeps works parks drinks school home",
        needs="pay waiting wait regret sorry revenge coming deserves deserve hurt kill knife "
        "gun watch watching get",
        who="self",
    ),
    # "He won't walk away from this", "she won't be walking away this time": told of
    # someone the teller means to catch or corner.
    _rule(
        "oblique/will-not-walk-away",
        "harm_to_others",
        False,
        r"(?P<v>(?:he|she|they)) (?P<act>(?:will not|is not going to|are not going to|would not"
        r"|will never) (?:be )?(?:walk|walking) away(?: from (?:this|it|that|me|us))?"
        rf"(?: this time| again)?)(?={E}| and | ,)",
        "walk walking",
        needs="alone catch caught corner wait waiting knife get going jump shift",
        who="self",
        negatable=False,
    ),
    # -- issue 4: harm to others by slang and by means -----------------------------------
    # A beating said in slang: "get the boys to jump him", "we're gonna stomp that kid",
    # "he's getting stomped after school". Not a car jumped or a queue.
    _rule(
        "oblique/jump-him",
        "harm_to_others",
        False,
        r"(?P<v>going to|gonna|will|to|want to|planning to|plan to|let us|wanna|about to)"
        rf" (?:{gap(3)})?(?P<act>(?:(?:jump|jumping|rush|jump on) {_VICTIM}(?= (?:after|tonight"
        r"|tomorrow|when|outside|behind|on the way|at (?:school|the park|lunch|break)|if|for)"
        r"(?![a-z]))|(?:stomp|stomping|curb stomp|shank|shanking|merk|batter|bottle|glass|stab"
        rf"|knife) {_VICTIM}))"
        r"(?! (?:car|cars|battery|van|truck|motorbike|bike|leads|cables|start)(?![a-z]))",
        "jump jumping rush stomp stomping shank shanking merk batter bottle glass stab knife",
        who="intent_other",
    ),
    _rule(
        "oblique/getting-stomped",
        "harm_to_others",
        False,
        r"(?P<v>(?:he|she|they)(?: is| are)?|is|are) (?:getting|going to get|gonna get)"
        r" (?P<act>(?:stomped|jumped|shanked|merked|battered|bottled|glassed|curb stomped"
        rf"|done in|stabbed|sliced|cut up))(?={E}| after| tonight| tomorrow| when| at| on)",
        "stomped jumped shanked merked battered bottled glassed done stabbed sliced cut",
        needs="school boys lads we i my after tonight tomorrow",
        who="self",
    ),
    # A vehicle driven into people, thought about or meant: "I keep thinking about driving
    # my car into the crowd at the bus stop", "I want to mow them all down".
    _rule(
        "oblique/into-the-crowd",
        "harm_to_others",
        False,
        r"(?P<v>thinking about|think about|thought about|keep thinking about|picture|picturing"
        r"|imagine|imagining|fantasi[sz]e about|fantasi[sz]ing about|want to|going to|gonna"
        r"|urge to|tempted to|could|will|plan to|planning to|planning on|dream about|dreaming"
        rf" about) (?:{gap(2)})?(?P<act>(?:drive|driving|plough|ploughing|plow|plowing|ram"
        r"|ramming|steer|steering|swerve|swerving|mow|mowing|run|running) (?:my |the |a |his |her"
        r" |our |dad's |mum's |the work )?(?:car |van |truck |lorry |bus |tractor )?(?:(?:into"
        r"|through) (?:the |a |that |those )?(?:crowd|crowds|people|pedestrians|queue|playground"
        r"|school gates|kids|children|protesters|market|bus stop|shoppers|cyclists|them"
        r"|everyone)|(?:them|people|everyone|pedestrians|him|her|cyclists|the kids) (?:all )?"
        r"(?:down|over)))",
        "drive driving plough ploughing plow plowing ram ramming steer steering swerve swerving "
        "mow mowing run running",
        who="intent_other",
    ),
    # Smothering pictured or meant: "holding a pillow over the baby's face to make the
    # crying stop". (Something held over my own face is abuse: ``oblique``'s held-over-me.)
    _rule(
        "oblique/pillow-over-a-face",
        "harm_to_others",
        False,
        r"(?P<v>hold|holding|held|holds|put|putting|puts|press|pressing|pressed|presses|push"
        r"|pushing|pushed) (?:a |the |this |that )?(?P<act>(?:pillow|cushion|plastic bag|bag)"
        r" over (?:the |his |her |their |its |my )?(?:baby's |babies' |child's |kid's "
        r"|son's |daughter's |toddler's |newborn's |husband's |wife's |partner's |mum's |mom's "
        r"|dad's |nan's |gran's |[a-z]+'s )?(?:face|mouth|nose))"
        r"(?<!my face)(?<!my mouth)(?<!my nose)"
        r"(?! to (?:sleep|block|keep|shut|drown|muffle|hide|stop the light|scream|cry)(?![a-z]))",
        "face mouth nose",
        who="intent_other",
    ),
    # -- issue 4: dying said sideways ------------------------------------------------------
    # Going to the dead, told with its acceptance rather than a death: "I'll be with dad
    # soon, I've made my peace with it" (``forum``'s join-the-dead needs a death named).
    _rule(
        "oblique/with-them-soon",
        "suicide",
        False,
        r"(?P<v>will|going to|gonna|shall) (?P<act>be (?:with|reunited with|together with"
        rf"|back with) (?:him|her|them|(?:my |our )?{PERSON})(?: again)? (?:soon|very soon"
        rf"|before long|shortly|in a few days))(?={E}| and| now| i)",
        "soon shortly long days",
        needs="peace scared afraid goodbye goodbyes waiting heaven calm",
        who="subject",
    ),
    # A plan dated for when nobody is home: "the plan is friday when the house is empty",
    # "doing it once everyone's at work". Not a party or a film night planned for then.
    _rule(
        "oblique/when-the-house-is-empty",
        "suicide",
        False,
        r"(?P<v>plan is|plan|planned|planning|doing it|do it|going to do it|happening|happens"
        r"|decided|set for|ready for)"
        rf"(?! {gap(3)}(?:a |the |our )?(?:party|film|movie|films|sleepover|surprise|date"
        r"|barbecue|bbq|games|gaming|pizza|takeaway|baking|bake|clean|cleaning|tidy|decorate"
        rf"|decorating|practice|practise|rehearsal|revision|study|studying)(?![a-z]))"
        rf"(?: for)? {gap(3)}(?P<act>(?:when|while|once|after) (?:the (?:house|flat|home|place)"
        r" is empty|everyone (?:is|has|goes) (?:out|gone|asleep|at work|left|away|to work|to bed)"
        r"|(?:nobody|no one|noone) is (?:home|in|around|here|back)|i am (?:home )?alone|i have"
        r" the (?:house|flat|place) to myself|they are (?:all )?(?:out|away|asleep|at work)"
        r"|they (?:go|have gone|leave) (?:out|away|to work|for work)))"
        rf"(?! {clause_gap(10)}(?:party|friends|film|movie|games|surprise|tidy|clean|cleaning"
        r"|decorate|decorating|bake|baking|practice|practise|rehearse|sleepover|date|pizza"
        r"|takeaway|bath|nap|music|drums|guitar)(?![a-z]))",
        "empty everyone nobody noone one alone myself they",
    ),
    # How high or how many it takes "so you don't survive": "been looking up how high a
    # drop has to be so you don't survive it".
    _rule(
        "oblique/so-you-do-not-survive",
        "suicide",
        False,
        r"(?P<v>how (?:high|far|tall|deep|many|much|long|fast)) "
        rf"{gap(8)}(?P<act>(?:you|i|one|a person|someone|they|he|she) (?:do not|would not"
        r"|will not|does not|can not|could not|definitely do not|definitely would not)"
        r" (?:survive|wake up)(?: it| the fall| the drop)?)",
        "survive wake",
        who="self",
        negatable=False,
    ),
    # Things better with me gone, in a learner's word order: "is better I am not here
    # anymore", "better for my family I am not alive".
    _rule(
        "oblique/better-i-am-not-here",
        "suicide",
        False,
        r"(?P<v>is better|it is better|would be better|will be better|be better|much better"
        r"|everyone better|all better|family better|everybody better|better for (?:everyone"
        r"|everybody|them|all|my family|my kids|my children|my parents)) "
        r"(?:that |when |if |for (?:everyone|everybody|them|all|my family) )?(?P<act>i (?:am|was"
        r"|were|would be|will be) (?:not|no longer|never) (?:here|around|alive|in (?:the|this)"
        r" (?:world|picture)|existing)(?: anymore| any more| any longer)?)"
        rf"(?={E}| ,| and| my| they| then| because)",
        "better",
        negatable=False,
    ),
    # -- issue 4: self-harm in code and in habits --------------------------------------
    # "The barcode on my thigh": rows of cuts named by their look.
    _rule(
        "oblique/barcode-on-my-skin",
        "self_harm",
        False,
        r"(?P<v>barcode|barcodes|barcoding) (?P<act>(?:on|across|up|down|all over|covering)"
        rf" (?:my|both my|the) (?:{_BODY}|wrist|wrists|forearm|forearms|hip|hips))"
        rf"(?! {clause_gap(8)}(?:tattoo|tattooed|tattoos|ink|inked|sticker|pen)(?![a-z]))",
        "barcode barcodes barcoding",
    ),
    # Sleeves in the heat, hidden in: "hiding in long sleeves in july again, you know why".
    _rule(
        "oblique/sleeves-in-summer",
        "self_harm",
        False,
        r"(?P<v>wearing|wear|wore|hiding in|hide in|hid in|living in|stuck in|in|still in)"
        r" (?P<act>(?:long sleeves|a hoodie|hoodies|my hoodie|jumpers|a jumper|a cardigan"
        r"|long sleeved tops|long sleeved top|sleeves) (?:in|during|all|through|every day in)"
        r" (?:the |a |this )?(?:summer|july|august|june|heatwave|heat|30 degrees|[0-9]+ degrees"
        r"|sun|boiling heat|middle of summer))",
        "summer july august june heatwave heat degrees sun",
        needs="why hide hiding hid cover covering marks scars nobody notice notices see sees",
    ),
    # Biting my own body as a habit or a punishment: "bit my own arm so hard it bruised".
    _rule(
        "oblique/bite-my-own-arm",
        "self_harm",
        False,
        # (the biter is me: "i bit", "i keep biting", "bit my own arm" opening a sentence)
        r"(?P<v>(?:(?<=^ )|(?<= \. )|(?<= , ))bit|(?:(?<= i )|(?<= have )|(?<= keep )"
        r"|(?<= kept )|(?<= to )|(?<= and ))(?:bite|bit|biting|bitten)) (?P<act>(?:my own|my|myself on the|myself on my)"
        r" (?:arm|arms|hand|hands|wrist|wrists|fingers|finger|leg|legs|thigh|thighs|skin"
        r"|knuckles|forearm|forearms))(?= (?:hard|until|till|on purpose|again|whenever|when i"
        r"|every time|to (?:stop|feel|punish|calm|cope|keep|not scream)|it (?:bled|bleeds|bruised"
        r"|bruises)|till it|until it)(?![a-z]))",
        "bite bit biting bitten",
    ),
    # -- issue 4: a threat to me in the threatener's own words -----------------------------
    # "My husband screamed 'I'm going to kill you'", "he texted me I will hurt you": the
    # first person in the quote is the one who said it, the "you" is the teller.
    _rule(
        "oblique/quoted-threat",
        "abuse",
        True,
        rf"(?P<v>(?:he|she|they|(?:my |our |her |his |the )?(?:{W}'s )?{PERSON}) (?:said|says"
        r"|screamed|screams|yelled|yells|shouted|shouts|texted|texts|told me|tells me|whispered"
        r"|whispers|hissed|hisses|threatened|threatens|messaged|messages|wrote|goes|went|snarled"
        r"|growled|kept saying|keeps saying)(?: to me)?(?: ,| that)? (?:i|we) (?:will|am going to"
        r"|are going to|would|swear i will|swear i am going to|could|will fucking|am gonna"
        r"|are gonna)) (?P<act>(?:kill|hurt|stab|strangle|choke|beat|break|end|shoot|burn|murder"
        r"|smash|bury|cut|gut) (?:you|your (?:face|head|neck|legs|arms|teeth|skull|throat)))",
        "kill hurt stab strangle choke beat break end shoot burn murder smash bury cut gut",
        who="victim",
        negatable=False,
    ),
)
