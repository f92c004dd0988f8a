"""The broad layer: risk vocabulary in a first-person or present-tense frame.

``patterns`` holds the grammar of what people say when they state a crisis
plainly. People in crisis often do not: they hedge ("he gets rough when he's
had a few"), code ("checking out early, if you know what I mean"), tell a
cover story ("told them it was the cat"), describe preparations ("sorted my
will, found someone to take the cat") or bury one line in a long entry. The
rules here are the kinds of those phrasings, each a word family plus the
frame that makes it risk, with the same guards applied afterwards by
``detector`` (negation, who it is about, stories, accidents). When unsure,
they lean towards showing resources.

Every rule follows the same linear-time discipline as ``patterns``: bounded
gaps of whole words, no nested quantifiers over overlapping text.
"""

from __future__ import annotations

from mirrorbot.safety.patterns import (
    _NOT_YOUR_EFFORT,
    DRUG,
    NOT_A_SURPRISE,
    PERSON,
    PERSON_NOUNS,
    Rule,
    W,
    _rule,
    gap,
)

_BODY = (
    r"(?:arm|arms|wrist|wrists|leg|legs|thigh|thighs|skin|stomach|hip|hips|forearm|forearms"
    r"|ankle|ankles|chest|hand|hands|head|neck|face|knuckles|fist|fists|body)"
)
_MARKS = r"(?:marks|cuts|scars|scratches|burns|wounds|scabs)"
_BRUISES = (
    r"(?:bruises|bruise|bruising|black eye|black eyes|split lip|fat lip|handprints|finger marks)"
)
_MONTH = (
    r"(?:january|february|march|april|may|june|july|august|september|october|november|december"
    r"|christmas|easter|summer|winter|spring|autumn|the weekend|next week|next month|next year"
    r"|my birthday|the end of the (?:week|month|year)|then|morning|tomorrow)"
)

RULES: tuple[Rule, ...] = (
    # -- suicide: words for dying, in a frame of wanting or expecting ---------
    # Better off gone, from the speaker: "I'd be better off gone", "I'm better off not here".
    _rule(
        "broad/better-off-gone",
        "suicide",
        False,
        r"(?P<v>i would be|i will be|i am|i would|i will|i think i would be|i think i am) (?P<act>better off (?:gone|not here|not existing|not being here|not around|in the ground|six feet under))(?! (?:from|to|for|on|at|abroad|away|in (?:a|another|the)|with))",
        "gone here existing being around ground feet",
        who="self",
        needs="better",
    ),
    # No future seen for oneself: "I can't see a future for myself" (not a job's, a plan's
    # or a relationship's future).
    _rule(
        "broad/no-future",
        "suicide",
        False,
        r"(?P<v>can not|cannot|do not|could not|no longer) (?P<act>(?:see|imagine|picture|envision) (?:a|any|my) future(?: for (?:myself|me))?)(?! (?:in|at|with|here|there|for (?:us|the|this|that|it|our|my (?:job|career|business|marriage|relationship|team|band)))(?![a-z]))",
        "future",
        who="self",
        needs="see imagine picture envision",
        negatable=False,
    ),
    # Not planning to wake: "I don't plan on waking up tomorrow" (not "waking up early").
    _rule(
        "broad/not-planning-to-wake",
        "suicide",
        False,
        r"(?P<v>do not|not|never|no) (?:plan|planning|intend|intending|expect|expecting) (?:on |to )(?P<act>(?:wake|waking) up|be alive|being alive|still be here|still being here)"
        r"(?! (?:early|before|till|until|at|on time|in time|for|when|until|to (?:my|the|an|a)))",
        "wake waking alive here",
        who="self",
        negatable=False,
        needs="plan planning intend intending expect expecting",
    ),
    # Enough put by: "I stockpiled enough to do it", "I've got enough tablets to make sure".
    _rule(
        "broad/enough-to-do-it",
        "suicide",
        True,
        r"(?P<v>stockpiled|stockpiling|hoarded|hoarding|stashed) (?P<act>enough(?: {DRUG}| of them| of my {DRUG})? to (?:do it|end it|die|kill myself|overdose|od|not wake up|be sure|make sure|finish it|go through with it))"
        r"|(?P<v2>got|have|bought|saved|saved up|kept|collected) (?P<act2>enough (?:of my )?{DRUG} to (?:do it|end it|die|kill myself|overdose|od|not wake up|be sure|make sure|finish it|go through with it))".replace(
            "{DRUG}", DRUG
        ),
        "do end die kill overdose od wake sure finish through",
        who="self",
        needs="stockpiled stockpiling hoarded hoarding stashed collected saved got have bought kept",
    ),
    # Given to the water: "I'm going to let the sea take me".
    _rule(
        "broad/let-the-sea-take-me",
        "suicide",
        False,
        r"(?P<v>let|letting|will let) (?P<act>the (?:sea|water|waves|river|ocean|current|tide|cold|train|darkness|lake) (?:take|have|swallow|claim) me)(?! (?:down|along|across|over|home|back|to|for|round|around|through|out to (?:the|a) (?:boat|island)))",
        "take have swallow claim",
        who="self",
        needs="sea water waves river ocean current tide cold train darkness lake",
    ),
    # Stopping for ever, said as a machine or a light goes off: "I want to switch off
    # for good", "ready to shut down forever". Not from a thing ("switch off for good
    # from work emails").
    _rule(
        "broad/switch-off-for-good",
        "suicide",
        False,
        r"(?P<v>want|wanna|wish|need|ready|going|gonna|longing|desperate|plan|planning|trying|tempted) (?:to )?(?:just )?"
        r"(?P<act>(?:switch|turn|shut|power) (?:myself |it all |everything )?(?:off|down)"
        r"|fade (?:away|out)|(?:shut|close) my eyes|go (?:quiet|dark|away)|be gone)"
        r" (?:for good|forever|for ever|permanently)(?! (?:from|on|at|with|to|in|my|the|work|social|this))",
        "good forever ever permanently",
        who="self",
        needs="switch turn shut power fade close go gone",
    ),
    _rule(
        "broad/waiting-to-die",
        "suicide",
        True,
        r"(?P<v>waiting|wait|ready|longing|aching|begging|desperate|itching|can not wait|praying|asking god|counting down|happy|glad) (?:for death|to die|for (?:my|the) (?:end|death)|(?:for )?the day i die)"
        r"(?P<act>)",
        "die death end day",
        needs="waiting wait ready longing aching begging desperate itching praying asking counting happy glad",
    ),
    _rule(
        "broad/welcome-death",
        "suicide",
        False,
        r"(?P<v>dying|death|dead|die|it)(?: [,.])? (?:i think )?i (?:would|will|could) (?P<act>welcome it|welcome death|be relieved|be grateful|be glad|not mind|embrace it)"
        r"|(?P<v2>stopped being|not) (?:afraid|scared) of (?P<act2>dying|death|dying anymore|death anymore)",
        "welcome relieved grateful glad mind embrace dying death",
        negatable=False,
    ),
    _rule(
        "broad/not-wake-up",
        "suicide",
        False,
        r"(?P<v>sleep|asleep|bed|night|pray|prayed|praying|ask|asked|asking|hope|hoping|wish|wishing|god|make sure|let me) (?:{g})(?P<act>(?:not|never|do not|did not|would not|will not) (?:let me |bother |even )?(?:wake|waking|woke) up|(?:takes|take|took) me in my sleep|(?:have|has) it (?:all )?be over|not (?:to )?let me (?:wake|see) (?:up|tomorrow|the morning))"
        r"(?! (?:early|at|before|on time|in time|until|till|for (?:work|school|class|the|ages|hours)|to (?:my|the|an|a) (?:alarm|phone)|tomorrow (?:because|for|at)))".replace(
            "{g}", gap(6)
        ),
        "wake waking woke sleep over see",
        negatable=False,
    ),
    _rule(
        "broad/gone-soon",
        "suicide",
        False,
        r"(?P<v>i am|i will|i will be|i am going to|going to)(?: be)? (?P<act>gone (?:soon|by (?:then|tomorrow|the morning|morning|monday|next week|the weekend))|gone(?= \.| $| and (?:they|you|everyone|everybody|nobody|no one|people) (?:can|will|would|won't|do not|can stop))|not (?:be )?(?:going to )?(?:be )?(?:a problem|a burden|a bother|in anyone's way|in your way) (?:for|to) (?:anyone|anybody|you|everyone|them|you all) (?:much |any )?longer"
        r"|not (?:going to )?(?:be )?(?:alive|here|around) (?:by|for|at|in|come|on|past|after) {month})"
        r"(?! (?:, )?(?:because|(?:i am|we are) (?:going|moving|away|on|off|travelling|visiting|working|at|in|with|staying|spending|flying|driving)|on holiday|away|(?:i|we) will be))".replace(
            "{month}", _MONTH
        ),
        "gone longer alive here around",
        negatable=False,
        of_a_task=True,
    ),
    _rule(
        "broad/will-not-be-here",
        "suicide",
        False,
        r"(?P<v>do not think i will|do not think i am going to|not sure i will|doubt i will|i will not|i am not going to|i might not|i may not|i probably will not|i have decided i am not going to|decided i will not) (?P<act>(?:be (?:alive|here|around)|see|make it to|live (?:to see|past|until|till)) (?:by|for|at|in|to see|on|past|after|until|till|much longer|for long|anymore)?(?: ?){month}?)"
        # (the month may be left out and then seen by the lookahead: "be here for" + "christmas, I'm working")
        r"(?! (?:{month} )?(?:, )?(?:because|for (?:work|a|the|my|our)|as|(?:i am|we are) (?:going|moving|away|on|off|travelling|visiting|working|at|in|with|staying|spending|flying|driving)|on holiday|away|due|but|so|since|(?:i|we) will be))".replace(
            "{month}", _MONTH
        ),
        "alive here around see make live",
        negatable=False,
        of_a_task=True,
    ),
    _rule(
        "broad/stick-around",
        "suicide",
        False,
        r"(?P<v>not|never|will not|am not|do not think i will|not sure i will|not sure i am going to) (?:going to )?(?P<act>(?:stick|sticking|stay|staying|be) around (?:to (?:find out|see)|much longer|for (?:much )?longer|for long|anymore|long enough))",
        "around",
        negatable=False,
        of_a_task=True,
    ),
    _rule(
        "broad/if-i-was-not-here",
        "suicide",
        False,
        r"(?P<v>if i|if i was|if i were|when i am|once i am|with me) (?:{g})(?P<act>(?:was|were|am|is)? ?(?:not|no longer|never) (?:here|around|alive)(?: anymore| any more)|gone (?:for good|forever)|dead|out of the (?:way|picture))"
        r"(?=(?: [,.])| $| it | they | everyone | everybody | things | the | people | my | that )".replace(
            "{g}", gap(2)
        ),
        "here around alive gone dead way picture",
        negatable=False,
        who="self",
    ),
    _rule(
        "broad/easier-if-i-was-dead",
        "suicide",
        False,
        r"(?P<v>easier|better|happier|simpler|cheaper|save (?:everyone|everybody|them|you)|a relief|relieved) (?:{g})(?P<act>if (?:i|he|she|they) (?:was|were|am|is|had)? ?(?:not|never|no longer)? ?(?:dead|gone|died|here|around|alive|born|existed|disappeared)(?! (?:with|to|at|on|for|when|in)))".replace(
            "{g}", gap(4)
        ),
        "dead gone died here around alive born existed disappeared",
        negatable=False,
    ),
    _rule(
        "broad/reason-to-stay",
        "suicide",
        False,
        r"(?P<v>no|not have a|not have any|not have|not see a|not see any|lost my|nothing|no more|only|only thing|thing|things|one thing) (?:real |other |good )?(?P<act>reason (?:for me )?to (?:be here|stay alive|stay(?! (?:up|late|in(?! this world| the world)|home|out|over|on|calm|quiet|for|at|behind|longer|the night))|keep going|live|go on|exist|wake up|get up(?! early))|reasons (?:for me )?to (?:be here|stay alive|stay(?! (?:up|late|in(?! this world| the world)|home|out|over|on|calm|quiet|for|at|behind|longer|the night))|keep going|live|go on)"
        r"|keeping me (?:alive|here|going|breathing|from (?:doing it|ending it|killing myself))|(?:stopping|holding) me (?:back )?from (?:doing it|ending it|killing myself|going through with it))",
        "reason reasons keeping stopping holding",
        negatable=False,
    ),
    _rule(
        "broad/only-here-because",
        "suicide",
        False,
        r"(?P<v>i am only|only|i am) (?P<act>(?:here|alive|around) (?:for|because of) (?:my|the|our) (?:{W} )?(?:kids|children|kid|son|daughter|dog|cat|pets|pet|mum|mom|dad|parents|family|wife|husband|partner|grandma|nan|gran|sister|brother|baby)(?![a-z']))".replace(
            "{W}", W
        ),
        "here alive around",
        negatable=False,
    ),
    _rule(
        "broad/no-future",
        "suicide",
        False,
        r"(?P<v>picture|see|imagine|envision) (?:a |any |my )?(?P<act>future (?:where|in which|with) i am (?:here|alive|around|in it)|myself (?:being )?(?:alive|here|around) (?:in|by|at|next|a year|five years|ten years))",
        "future myself",
        negatable=False,
    ),
    _rule(
        "broad/will-to-live",
        "suicide",
        False,
        r"(?P<v>lost|losing|lose|no|zero|gone|not have the|not have any|not have) (?:the |my |all |any )?(?P<act>will to (?:live|go on|keep going|carry on|be alive|stay alive))",
        "will",
        negatable=False,
    ),
    _rule(
        "broad/do-life",
        "suicide",
        False,
        r"(?P<v>not|never|no longer) (?:want|wanna|going) to (?P<act>do (?:life|this life|living|being alive|existing|being a person|any of this)(?: anymore| any more| any longer)?)(?=(?: [,.])| $| anymore)",
        "life living alive existing person",
        negatable=False,
    ),
    _rule(
        "broad/give-up-on-living",
        "suicide",
        False,
        r"(?P<v>(?:(?<=^ )|(?<=[,.] ))on|give up on|given up on|gave up on|giving up on) (?P<act>being alive|living|life|existing|existence|breathing)(?=(?: [,.])| $)"
        r"|(?P<v2>(?:(?<=^ )|(?<=[,.] ))(?:over|done with|finished with|quit|quitting)) (?P<act2>being alive|living|life|existing|existence|me|myself|breathing)(?=(?: [,.])| $)",
        "alive living life existing existence me myself breathing",
        negatable=False,
        needs="give gave given giving up over done finished quit quitting everything alive",
    ),
    _rule(
        "broad/already-dead",
        "suicide",
        False,
        r"(?P<v>i am|i feel|i feel like i am|feel like i am|i might as well be|might as well be) (?:already |basically |practically )?(?P<act>dead (?:inside|already|anyway)?)(?! (?:tired|on my feet|beat|serious|set|last|ringer|end|weight|heat|center|centre|giveaway|air|easy|quiet|cute|funny|good|boring|hard|straight|right|wrong|sure|of night|to the world))",
        "dead",
    ),
    _rule(
        "broad/ways-to-do-it",
        "suicide",
        True,
        r"(?P<v>googled|googling|google|searched|searching|search|looked up|looking up|look up|researched|researching|research|read about|reading about|watched videos (?:on|about)|asked (?:about|chatgpt|ai)) (?P<act>(?:ways|how|methods|the best way|the quickest way|the easiest way|the least painful way|painless ways) (?:to )?(?:do it|go|die|end it|kill yourself|kill myself|not wake up|disappear|check out|end things))",
        "do go die end kill wake disappear check",
    ),
    _rule(
        "broad/how-and-when",
        "suicide",
        False,
        r"(?P<v>thinking|thought|think|planning|planned|plan|worked out|working out|figured out|figuring out|decided|deciding|picked|chosen|chose) (?:about |of |on |out )?(?:{g})(?P<act>how and when|when and how|the how and the when|a date|the date|the day|a plan and a date|a method|the method|a way to do it|the spot|the place)(?=(?: [,.])| $| and| i | to | for)".replace(
            "{g}", gap(4)
        ),
        "when how date day method way spot place",
        negatable=False,
        needs="it myself die death dying suicide suicidal life end plan note goodbye",
    ),
    _rule(
        "broad/plan-and-date",
        "suicide",
        True,
        r"(?P<v>i have|i have got|i made|i have made|got|have) (?P<act>(?:a|the|my) plan and (?:a|the) (?:date|time|day|method|way|place))"
        r"|(?P<v2>my plan is|the plan is|plan is|planning|i plan|i am planning|i have planned) (?P<act2>to do it (?:on|this|tonight|tomorrow|when|while|after|before|once|next|at))",
        "plan date time day method way place do",
        negatable=False,
    ),
    _rule(
        "broad/do-it-when-alone",
        "suicide",
        True,
        r"(?P<v>do it|doing it|go through with it|end it|then i can go|can finally go|i can go) (?:{g})(?P<act>when (?:the (?:house|flat|place)|nobody|no one|everyone|everybody|they|the kids|my (?:{W} )?(?:family|parents|wife|husband|partner|flatmates?)) (?:is |are )?(?:empty|home|asleep|out|gone|away|at work|at school|in bed)|until (?:everyone|everybody|they|the house|my family) (?:in the house )?(?:is |are )?(?:asleep|out|gone|in bed)|once (?:the kids|everyone|they) (?:are|is) (?:looked after|sorted|settled|provided for))".replace(
            "{g}", gap(3)
        ).replace("{W}", W),
        "empty home asleep out gone away work school bed looked sorted settled provided",
        negatable=False,
    ),
    _rule(
        "broad/waiting-until-asleep",
        "suicide",
        True,
        r"(?P<v>note|letter|letters|pills|it|everything) (?:{g})(?P<act>waiting (?:until|till|for) (?:everyone|everybody|they|the house|my family|the kids|my (?:{W} )?(?:parents|wife|husband|partner)) (?:in the house )?(?:is |are |to be |to go to |to fall )?(?:asleep|out|gone|sleep|bed|in bed|leave))".replace(
            "{g}", gap(6)
        ).replace("{W}", W),
        "waiting",
        negatable=False,
    ),
    _rule(
        "broad/affairs-in-order",
        "suicide",
        False,
        r"(?P<v>put|putting|puts|got|getting|get|have|had|sorted|sorting|sort|made|making|wrote|written|writing|write|updated|updating|finished|signed|changed|redid|did|doing|making|organised|organized|organising|organizing) (?:out |up )?"
        r"(?P<act>(?:my|his|her|their|all my|all his|all her) (?:affairs|things|stuff|life|paperwork|finances|accounts|passwords) in order|(?:things|everything) in order before (?:i|he|she|they) (?:go|leave|die|am gone|went)"
        r"|(?:my|his|her|their) (?:will|last will|funeral plans?)(?=(?: [,.])| $| and| so| out| in| for| before| today| yesterday| last| this| now| to))",
        "order will funeral plan plans",
        negatable=False,
        needs="affairs in before will funeral",
        bereaved=True,
    ),
    _rule(
        "broad/before-i-go",
        "suicide",
        False,
        r"(?P<v>before|then|so|after that|and then|once that is done) (?P<act>i (?:can )?(?:go|leave)(?: for good| forever| in peace)?(?=(?: [,.])| $| for good| forever| in peace)|i am gone|i can finally go|i can rest|i go for good|i die)",
        "go leave gone rest die",
        negatable=False,
        needs="order will looked sorted letters letter note goodbye goodbyes affairs everything things cat dog kids pets",
        bereaved=True,
    ),
    _rule(
        "broad/letters-to-everyone",
        "suicide",
        False,
        r"(?P<v>written|wrote|writing|write|drafted|drafting|draft|left|leaving|finished|started) (?:a |the |my |some )?(?P<act>(?:letters|letter|notes|note|messages) (?:to|for) (?:everyone|everybody|all the people|the people|my family|my kids|each of|all of|everyone i love|the people i love|my (?:mum|mom|dad|parents|wife|husband|partner|children))|(?:a |the )?(?:note|letter) (?:today|tonight|yesterday|last night|again|for (?:after|when))|(?:letters|notes) (?:today|tonight|yesterday|last night))(?! (?:for (?:christmas|xmas|birthdays|the holidays|eid|diwali|new year|valentine's|thanksgiving|easter)|instead|this (?:christmas|year)))",
        "letters letter notes note messages",
        negatable=False,
        bereaved=True,
    ),
    _rule(
        "broad/the-note",
        "suicide",
        True,
        r"(?P<v>the|my|a|goodbye|suicide) (?P<act>note (?:is|was) (?:written|done|finished|ready|on (?:the|my) (?:table|desk|bed|pillow))|note (?:saved )?in my (?:drafts|phone|notes app)|(?:note|letter) for (?:when|after) i (?:am gone|go|die))"
        r"|(?P<v2>note's) (?P<act2>(?:all )?(?:written|done|finished|ready))(?= [,.]| $| and)",
        "written done finished ready table desk bed pillow drafts phone notes when after",
        negatable=False,
    ),
    _rule(
        "broad/saying-goodbye",
        "suicide",
        False,
        r"(?P<v>saying|said|say|been saying|started saying|texting|texted|sending|sent|writing) (?:my |these |some |weird |strange |little |quiet |final |last )?(?:{W} )?(?P<act>(?:goodbye|goodbyes|bye) (?:to )?(?:people|everyone|everybody|them|my (?:{W} )?(?:friends|family|kids|parents|mum|mom|dad))?(?:{g})(?:without (?:them|anyone|people|him|her) knowing|for the last time|in my head|like it is the last time|properly|quietly)|(?:goodbye|goodbyes|bye)(?= and| to| [,.]| $)(?=[^.]{0,80}(?:weird|strange|odd|giving away|last(?! (?:day|shift|lesson|class|week|time i saw|one))|forever)))".replace(
            "{g}", gap(3)
        ).replace("{W}", W),
        "goodbye goodbyes bye",
        negatable=False,
        bereaved=True,
    ),
    _rule(
        "broad/giving-away",
        "suicide",
        False,
        r"(?P<v>giving|gave|given|give|gives|rehoming|rehomed|rehome|found someone to take|finding someone to take|found a home for|finding a home for|someone to look after) (?:away )?(?P<act>(?:all |most )?(?:of )?(?:my|his|her|their|all my|all his|all her|all their) (?:things|stuff|belongings|possessions|clothes|games|books|pets|cat|dog|plants|jewellery|jewelry|records|art)|(?:the|my|his|her) (?:cat|dog|pets|rabbit|hamster|fish|plants))"
        r"(?! (?:to the (?:charity|shop)|to charity|for the move|because (?:we|i|they) (?:are|am) moving|while|when (?:i|we) (?:go|am|are) (?:on|away)|for (?:the|a) (?:week|weekend|holiday|trip|fortnight)))",
        "things stuff belongings possessions clothes games books pets cat dog plants jewellery jewelry records art rabbit hamster fish",
        negatable=False,
        needs="away rehoming rehomed rehome someone home after",
        bereaved=True,
    ),
    _rule(
        "broad/will-not-need",
        "suicide",
        False,
        r"(?P<v>will not|won't|not going to|wont|do not|i will not|not) (?P<act>(?:be )?(?:need|needing) (?:any of )?(?:it|them|this|that|those|my (?:{W} )?(?:things|stuff|clothes|money|savings|car|phone))(?: anymore| any more| where i am going| after| for much longer| much longer)?)(?=(?: [,.])| $| anymore| where| after| for much)".replace(
            "{W}", W
        ),
        "need needing",
        negatable=False,
        needs="cancelled cancel cancelling booked gave giving given gives deleted away after soon going month anymore longer where",
        bereaved=True,
    ),
    _rule(
        "broad/last-entry",
        "suicide",
        False,
        r"(?P<v>this is|this will be|this is the|that was|it is) (?:my |the )?(?P<act>(?:last|final) (?:entry|time i am (?:going to )?(?:write|writing)|thing i (?:will )?(?:write|say)|post|message|words|page)(?: in here| here| ever)?)(?=(?: [,.])| $| in| here| ever| goodbye| thank)"
        r"|(?P<v2>the|a) (?P<act2>last (?:message|text|words|thing) (?:you|i|anyone|they) (?:will|are going to) ever (?:get|hear|see|read|receive))"
        r"|(?P<v3>last|final) (?P<act3>(?:entry|post|message)(?: (?:\.|,))? (?:thank you|thanks|goodbye|bye|love you|i love you|sorry)(?= for| all| everyone| [,.]| $))",
        "last final",
        negatable=False,
        bereaved=True,
    ),
    _rule(
        "broad/checking-out",
        "suicide",
        False,
        r"(?P<v>checking|check|checked|clocking|clock|tapping|tap|bowing|bow) (?P<act>out (?:early|soon|for good|permanently|of (?:life|this life|this world|existence))(?! (?:of|from) (?:the|my|our|this|a) (?:hotel|room|library|shop|store|airbnb|hostel|hospital|ward|office|course|class|conversation|meeting|chat|group|call))"
        r"|out(?=(?: [,.])| $)(?=[^.]{0,40}\. (?:not|if you know)))",
        "out",
        negatable=False,
    ),
    _rule(
        "broad/if-you-know-what-i-mean",
        "suicide",
        False,
        r"(?P<v>end|ending|leave|leaving|go|going|gone|check|checking|done|finish|finishing|sleep|disappear|exit|out|early) (?:{g})(?P<act>if you know what i mean|not (?:in )?(?:a |the )?(?:figurative|figuratively|metaphorical|metaphorically|meme|dramatic|joking|jokey|funny) (?:way|sense|one)?|(?:properly|really|permanently) done, not dramatic|not from a hotel|not (?:the city|the country|the job|the house|that kind of (?:leaving|going)))".replace(
            "{g}", gap(6)
        ),
        "know figurative figuratively metaphorical metaphorically meme dramatic joking jokey funny hotel city country job house kind",
        negatable=False,
    ),
    _rule(
        "broad/literal",
        "suicide",
        False,
        r"(?P<v>survive|survive it|done|dead|die|live|alive|gone|end it|over|will to live) (?:{g})(?:[,.] )?(?P<act>(?:literally|seriously|honestly|for real)?(?: ,)? ?not (?:in )?(?:a |the )?(?:figurative|figuratively|metaphorical|metaphorically|meme|memey|dramatic|joking|jokey|funny|exaggerating) ?(?:way|sense|one|done|voice)?|not exaggerating|i mean it literally|properly done|i mean (?:it|that) literally)".replace(
            "{g}", gap(6)
        ),
        "figurative figuratively metaphorical metaphorically meme memey dramatic joking jokey funny exaggerating literally properly",
        negatable=False,
    ),
    _rule(
        "broad/forgive-me",
        "suicide",
        False,
        r"(?P<v>forgive me|sorry|i am sorry|please forgive me|do not hate me) (?:for|about) (?P<act>what i am (?:about|going) to do|what i (?:will|am going to) do|what comes next|what i have to do|leaving you like this|leaving like this|doing this to you|what i am going to do)",
        "what leaving doing",
        negatable=False,
    ),
    _rule(
        "broad/think-about-stepping",
        "suicide",
        False,
        r"(?P<v>think|thinking|thought|imagine|imagining|imagined|urge|urges|tempted|tempting|wanted|want|picture|picturing) (?:about |of |to )?(?P<act>(?:stepping|step|jumping|jump|leaning|lean|falling|fall|turning|turn|swerving|swerve|letting go|let go|walking|walk|driving|drive) (?:forward|out|off|in front|over|the wheel|into|under|onto|across)(?: (?:{W} )?(?:train|traffic|road|bus|car|edge|platform|tracks|bridge|lorry|truck|river|sea|wheel|cliff|side))?)".replace(
            "{W}", W
        ),
        "forward out off front over wheel into under onto across",
        negatable=False,
        needs="train traffic road bus car edge platform tracks bridge lorry truck river sea wheel cliff drive driving roof balcony motorway",
    ),
    _rule(
        "broad/at-the-edge-thinking",
        "suicide",
        False,
        r"(?P<v>edge|bridge|platform|cliff|roof|rooftop|ledge|tracks|balcony|railing) (?:{g})(?P<act>(?:thought|thinking|think|thinks) about (?:it|jumping|doing it|how easy|how easy it would be|stepping off|letting go)|(?:almost|nearly) (?:did it|jumped|went over|stepped off|let go))".replace(
            "{g}", gap(8)
        ),
        "thought thinking think thinks almost nearly",
        negatable=False,
    ),
    _rule(
        "broad/almost-did-it",
        "suicide",
        False,
        r"(?P<v>almost|nearly|came close to|so close to|came so close to|was about to|nearly went through with|almost went through with) (?P<act>(?:did|doing|do) it|ended it|ending it|end it|went through with it|going through with it|killed myself|killing myself|jumped|took them|taking them|took the pills|overdosed)"
        r"(?=(?: [,.])| $| last| again| tonight| yesterday| this| today| and| but| on| when| after)",
        "did doing do ended ending end went going killed killing jumped took taking overdosed",
        negatable=False,
        needs="night stopped me last again yesterday tonight week pills myself it",
    ),
    _rule(
        "broad/about-to-do",
        "suicide",
        True,
        r"(?P<v>forgive me for|before i|what i am|about to|going to) (?P<act>do (?:it|this|something stupid|something permanent|something i cannot take back))(?=(?: [,.])| $| tonight| today| now| soon| this)",
        "do",
        negatable=False,
        needs="forgive sorry goodbye note tonight pills nobody bridge plan decided die dying",
    ),
    _rule(
        "broad/top-myself",
        "suicide",
        True,
        r"(?P<v>to|will|going to|gonna|want to|might|should|thinking of|thinking about|think about) (?P<act>(?:top|topping|do|doing|off|offing|finish|finishing|end|ending) (?:myself|meself|me)(?: in| off)?(?=(?: [,.])| $| in| off| tonight| today| tomorrow| this| soon| now))",
        "top topping do doing off offing finish finishing end ending",
    ),
    _rule(
        "broad/remove-myself",
        "suicide",
        False,
        r"(?P<v>remove|removing|erase|erasing|delete|deleting|eliminate|eliminating|take|taking) (?P<act>myself(?: out of the (?:picture|equation|world))?)(?=(?: [,.])| $| out of the (?:picture|equation|world)| permanently| for good| the problem| everyone| then)",
        "myself",
        needs="problem burden everyone better easier picture equation world permanently good",
    ),
    _rule(
        "broad/find-me",
        "suicide",
        False,
        r"(?P<v>how long|how long it would take|who would|who will|who is going to|whoever|wondering who) (?:{g})(?P<act>(?:find|found|finds) me|(?:notice|noticed) (?:i am gone|i was gone|i had gone))".replace(
            "{g}", gap(4)
        ),
        "find found finds notice noticed",
        negatable=False,
    ),
    _rule(
        "broad/life-insurance",
        "suicide",
        False,
        r"(?P<v>life insurance|insurance money|insurance payout|payout|worth more|do more for them) (?:{g})(?P<act>(?:would|will|could) (?:do more|pay|help|be worth|be better|sort|cover|look after)|dead than alive|than i ever could|if i (?:died|was dead|were dead|was gone))".replace(
            "{g}", gap(4)
        ),
        "would will could dead than if",
        negatable=False,
    ),
    _rule(
        "broad/one-way-to-stop",
        "suicide",
        False,
        r"(?P<v>know|found|there is|i have|i know) (?P<act>(?:one|a|another|the) way to (?:make (?:it|the pain|this|everything) stop|end (?:it|the pain|this|everything)|stop (?:it|the pain|everything) for good))",
        "way",
        negatable=False,
    ),
    _rule(
        "broad/peace-it-will-be-over",
        "suicide",
        False,
        r"(?P<v>peace|relief|comfort|calm|comforting|relieving|comforted) (?:in )?(?:knowing |that )?(?P<act>(?:it|this|everything|all of this|the pain) will (?:all )?(?:be over|end|stop)(?: soon| for good| forever)?)",
        "over end stop",
        negatable=False,
    ),
    _rule(
        "broad/want-it-over-all",
        "suicide",
        False,
        r"(?P<v>want|wish|need|wanting) (?P<act>it (?:to be over|to end|to stop|over))(?: ?[,.] ?)(?:all of it|everything|me|forever|for good|permanently|all of me|my life)"
        r"|(?P<v2>want|wish|need|and) (?:to )?(?P<act2>have (?:it|this|everything) (?:all )?be over|(?:go to sleep|sleep|close my eyes) and (?:have|let|make) (?:it|this|everything) (?:all )?(?:be over|end|stop))",
        "over end stop",
        negatable=False,
    ),
    _rule(
        "broad/death-all-the-time",
        "suicide",
        False,
        r"(?P<v>think|thinking|thought|thoughts|obsess|obsessing|dream|dreaming|daydream|daydreaming|fantasi[sz]e|fantasi[sz]ing) (?:about |of )(?P<act>(?:death|dying|being dead|not existing|not being here|my death|my funeral|ending it|it|suicide|killing myself)"
        r" (?:all the time|constantly|every day|every night|more and more|a lot lately|a lot|more than i should|most days|most nights|again|nonstop|non stop))",
        "death dying dead existing here funeral ending it suicide killing",
        needs="think thinking thought thoughts obsess obsessing dream dreaming daydream daydreaming fantasise fantasize fantasising fantasizing",
    ),
    _rule(
        "broad/suicidal-ideation",
        "suicide",
        False,
        r"(?P<v>)(?P<act>(?:passive|active|having|had|my|the|bad|with|of|some|any) si(?= [,.]| $| thoughts| again| is| has| all| today| tonight| lately| bad| every| urges| for| since)"
        r"|(?:^|(?<=[,.] )|(?<=^ ))si (?:is|has|thoughts|again|today|tonight|bad|urges|lately))",
        "si",
    ),
    _rule(
        "broad/survived-attempt",
        "suicide",
        False,
        r"(?P<v>survived|survivor of|since|after|from|about|my|first|last|another|previous|recent|failed) (?:{W} )?(?P<act>attempt(?:s)?)(?=(?: [,.])| $| in [0-9]| last| a | two| three| years| months| and| but| when| at | on my| to end)".replace(
            "{W}", W
        ),
        "attempt attempts",
        needs="survived survivor since after thoughts myself life suicide suicidal die hospital again",
    ),
    _rule(
        "broad/kys-self",
        "suicide",
        True,
        r"(?P<v>to|will|going to|want to|wanna|should|i|i will|i am going to|thinking of|thinking about) (?P<act>(?:kill|kil|kll|k\*ll) (?:myself|myslf|mysef))(?! (?:laughing|lol))"
        + _NOT_YOUR_EFFORT,
        "kill kil kll myself",
    ),
    _rule(
        "broad/wish-he-was-dead",
        "suicide",
        False,
        r"(?P<v>(?:wish|wishes|wished|wishing) (?:that )?(?:he|she|they|we) (?:was|were|had|could|would)?) ?(?P<act>(?:dead|died|never been born|not alive|not here|gone|disappear|not exist|die))",
        "dead died born alive here gone disappear exist die",
        needs="he she they",
    ),
    _rule(
        "broad/easier-if-he-was-not-around",
        "third_party",
        False,
        r"(?P<v>easier|better|happier) (?:off )?(?:{g})(?P<act>if (?:he|she|they) (?:was|were|is|are) (?:not|no longer|never) (?:around|here|alive)|without (?:him|her|them))"
        r"(?=[^.]{0,60}(?:saying|says|said|keeps|texted|told))?".replace("{g}", gap(3)),
        "around here alive without",
        negatable=False,
        who="relation",
        bereaved=True,
    ),
    _rule(
        "broad/going-to-the-bridge",
        "third_party",
        False,
        r"(?P<v>going|gone|went|heading|headed|on (?:her|his|their) way) (?:to|up to|out to) (?P<act>(?:the|a) (?:bridge|cliff|cliffs|tracks|railway|roof|edge|river|quarry|multistorey|car park)(?: tonight| now| alone| and left| and)?)"
        r"(?! (?:for|with|to (?:see|watch|meet|take)|festival|party|market|walk|run))",
        "bridge cliff cliffs tracks railway roof edge river quarry multistorey car",
        negatable=False,
        who="relation",
        needs="said says texted tonight left alone goodbye worried scared",
        bereaved=True,
    ),
    _rule(
        "broad/ready-to-go",
        "third_party",
        False,
        r"(?P<v>saying|says|said|keeps saying|kept saying|tells me|told me) (?:that )?(?:he|she|they) (?:is|are|was|were|would be|feels|felt) (?P<act>ready to (?:go|die|be with)(?=(?: [,.])| $| and| now)|done with (?:life|living|it all)|better off dead|tired of (?:living|life|being alive)|a burden)",
        "ready done better tired burden",
        negatable=False,
        who="relation",
        bereaved=True,
    ),
    # -- self-harm: relapse, hiding, cover stories, hitting oneself ---------
    # A hot thing held to the skin: "I pressed a hot spoon into my arm".
    _rule(
        "broad/hot-thing-on-my-skin",
        "self_harm",
        True,
        r"(?<!accidentally )(?P<v>pressed|press|pressing|held|hold|holding|put|putting) (?P<act>(?:a |the )?(?:hot|heated|red hot|burning|boiling) (?:spoon|knife|iron|metal|coin|key|lighter|needle|pin|pan|fork|wire) (?:into|onto|on|against|to) my (?:arm|arms|wrist|wrists|leg|legs|thigh|thighs|skin|hand|hands|stomach|hip|hips|chest|ankle))",
        "spoon knife iron metal coin key lighter needle pin pan fork wire",
        who="self",
        needs="hot heated burning boiling",
    ),
    # Food refused as a punishment: "I don't deserve to eat".
    _rule(
        "broad/do-not-deserve-food",
        "self_harm",
        False,
        r"(?P<v>do not|don't|did not|never|no longer) (?P<act>deserve (?:to eat|food|to be fed|dinner|meals|a meal|to have food))(?=(?: [,.])| $| because| after| today| tonight| anymore| again| until| till| when| so| and| any)",
        "eat food fed dinner meals meal",
        who="self",
        needs="deserve",
        negatable=False,
    ),
    # Cutting told without an "I", at the start of a message or a sentence: "cut deep
    # tonight", "cut deeper than ever".
    _rule(
        "broad/cut-deep",
        "self_harm",
        True,
        r"(?<![a-z0-9'] )(?P<v>cut|cutting) (?P<act>(?:too )?deep(?:er)?(?: than (?:ever|usual|before|last time))?(?: tonight| today| last night| again| this time)+"
        r"|deeper than (?:ever|usual|before|last time))",
        "deep deeper",
        who="self",
    ),
    # Breaking my own bones: "I tried to break my own hand".
    _rule(
        "broad/break-my-own",
        "self_harm",
        True,
        r"(?P<v>break|broke|breaking|broken|snap|snapped|fracture|fractured|smash|smashed) (?P<act>my own (?:hand|hands|arm|arms|wrist|wrists|fingers|finger|leg|legs|bones|bone|nose|ribs|toes|ankle))",
        "own",
        who="self",
    ),
    _rule(
        "broad/relapse",
        "self_harm",
        False,
        r"(?P<v>relapsed|relapse|relapsing|slipped|slip up|slipped up) (?P<act>(?:after|again|last night|tonight|today|yesterday|this week|for the first time)(?: (?:{W} ){0,4}clean)?|after (?:{W} ){0,4}clean)".replace(
            "{W}", W
        ),
        "after again night tonight today yesterday week first clean",
        needs="relapsed relapse relapsing slipped",
    ),
    _rule(
        "broad/days-clean",
        "self_harm",
        False,
        r"(?P<v>[0-9]+|a|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|hundred|few|couple of|many) (?:{W} )?(?P<act>(?:days|weeks|months|years|day|week|month|year) (?:clean|free|sh free|selfharm free|cut free|without cutting|without hurting myself))"
        r"(?=[^.]{0,200}(?:not sure|make it|urge|want to|relapse|tonight|struggl|hard|break|ruin|lose|blow|again|can not))".replace(
            "{W}", W
        )
        + r"|(?P<v2>clean) (?P<act2>for (?:[0-9]+|a|one|two|three|six|ten|a few) (?:{W} )?(?:days|weeks|months|years|day|week|month|year))(?=[^.]{0,200}(?:not sure|make it|urge|want to|relapse|tonight|struggl|hard|break|ruin|lose|blow|again|can not))".replace(
            "{W}", W
        ),
        "clean free without",
        negatable=False,
        needs="cut cutting selfharm sh urge urges relapse relapsed make want clean",
    ),
    _rule(
        "broad/since-i-last-cut",
        "self_harm",
        False,
        r"(?P<v>since i|last time i|first time i|since the last time i|the urge to|urge to|urges to|want to|wanting to|need to|needing to|tempted to|craving to|itching to|not to|wanted to|so badly to) (?:last )?(?P<act>cut|cutting|burn myself|hurt myself|sh|selfharm)(?! (?:myself|my hair|the|a|some|it|them|him|her|back|down|out|off|up|corners|class|ties|school|costs|sugar|carbs|short|through|across|in line|in front|him off|her off|them off|loose|our|your|their|losses|hours|prices|budget|budgets|funding|spending)(?![a-z]))",
        "cut cutting burn hurt sh selfharm",
    ),
    _rule(
        "broad/want-to-so-badly",
        "self_harm",
        False,
        r"(?P<v>last cut|since i last cut|cut|cutting|hurt myself|sh) (?:{g})(?P<act>i want to (?:so badly|badly|again|tonight|right now|now)|and i want to(?= [,.]| $| so| tonight| again))".replace(
            "{g}", gap(6)
        ),
        "want",
        negatable=False,
    ),
    _rule(
        "broad/hide-the-marks",
        "self_harm",
        False,
        r"(?P<v>hide|hiding|hid|hidden|cover|covering|covered|conceal|concealing|explain|explaining|see|sees|saw|seen|notice|notices|noticed|asked about|ask about|asks about|till|until|before) (?:up )?(?:the |my |these |those |all the |all my |her |his |their |fresh |new )?(?P<act>(?:fresh |new |old )?{marks}(?: on (?:my|her|his|their) (?:{W} )?{body})?|{body} (?:from|so)(?=[^.]{0,40}(?:cuts|marks|scars|notice|see)))"
        r"(?! (?:from (?:the|my|an|a) (?:surgery|operation|accident|op|fall|crash|c-section|cat|dog)|are healing from|fade(?! before)))".replace(
            "{marks}", _MARKS
        )
        .replace("{body}", _BODY)
        .replace("{W}", W),
        "marks cuts scars scratches burns wounds scabs arm arms wrist wrists leg legs thigh thighs",
        needs="hide hiding hid hidden cover covering covered conceal concealing explain explaining see sees saw seen notice notices noticed asked ask asks till until before sleeves nobody anyone",
    ),
    _rule(
        "broad/marks-fade",
        "self_harm",
        False,
        r"(?P<v>sleeves|jeans|trousers|leggings|hoodie|jumper|long sleeves|bracelets|plasters|bandages|wear|wearing|wore) (?:{g})(?P<act>(?:the |my )?{marks} (?:fade|heal|go away|are gone)|(?:nobody|no one|anyone|people|mum|dad|my (?:mum|mom|dad|parents|teacher)) (?:would |will |can |could )?(?:see|sees|notice|notices|ask|asks) (?:the |my )?{marks}?)".replace(
            "{g}", gap(8)
        ).replace("{marks}", _MARKS),
        "fade heal go gone see sees notice notices ask asks",
        negatable=False,
        needs="marks cuts scars scratches burns wounds scabs arms wrists thighs",
    ),
    _rule(
        "broad/covered-in",
        "self_harm",
        False,
        r"(?P<v>{body}|i am|i have|i have got|i got) (?:is |are )?(?P<act>(?:covered in|covered with|full of|all) (?:fresh |new |deep |old |little |tiny )?(?:cuts|scars|burns|scratches|slashes|marks))".replace(
            "{body}", _BODY
        ),
        "covered full all",
    ),
    _rule(
        "broad/cover-story",
        "self_harm",
        False,
        r"(?P<v>told|tell|telling|said|say|saying|will say|will tell|pretend|pretended|pretending|lied|lie|lying) (?:(?:them|him|her|everyone|everybody|people|the (?:{W} )?(?:doctor|nurse|gp|teacher|school|hospital|paramedic|receptionist)|my (?:{W} )?(?:mum|mom|dad|parents|teacher|counsellor|counselor|therapist|doctor|boss|friends|school|work)|work|school) )?(?:(?:at|that) )?(?:{W} )?(?P<act>(?:it was|they were|it is) (?:the cat|the dog|an accident|a (?:cat|dog|fall|door)|my cat|my dog|the cold|nothing|from the gym|sport)|i (?:fell|tripped|slipped|walked into (?:a|the) (?:door|wall|cupboard))|i was clumsy|i am clumsy|i bumped into)"
        r"(?=[^.]{0,60}(?:\. i did not|but|it was not|i did it|actually|really)|(?<=cat)|(?<=cats)|(?<=dog))?".replace(
            "{W}", W
        ),
        "cat dog accident fall door cold nothing gym sport fell tripped slipped walked clumsy bumped",
        negatable=False,
        needs="told tell telling said say saying pretend pretended pretending lied lie lying",
    ),
    _rule(
        "broad/did-it-to-myself",
        "self_harm",
        True,
        r"(?P<v>did|do|done|doing) (?P<act>(?:it|this|that|them|these) (?:to )?myself)(?=(?: [,.])| $| on purpose| again| with)",
        "myself",
        needs="fell cut cuts marks arms stitches nurse doctor purpose blood scars burns bruises again",
    ),
    _rule(
        "broad/on-purpose",
        "self_harm",
        True,
        r"(?P<v>punched|punch|punching|hit|hitting|banged|bang|banging|slammed|slam|slamming|smashed|smash|smashing|burned|burnt|burn|burning|scratched|scratching|cut|cutting|bit|bite|biting|drank|drinking|starved|starving|kicked|kicking|headbutted|threw myself) (?:{g})(?P<act>on purpose|deliberately|intentionally|to feel (?:it|pain|something|the pain|better|real)|(?:just |because i )?(?:wanted|needed|want|need) (?:it to hurt|the pain|to feel (?:the )?pain|to hurt|to bleed))".replace(
            "{g}", gap(6)
        ),
        "purpose deliberately intentionally feel wanted needed want need",
        negatable=False,
    ),
    _rule(
        "broad/hit-my-head",
        "self_harm",
        True,
        r"(?P<v>i|i keep|i have been|i been|keep|been|started|start|when i|i always|i often) (?P<act>(?:bang|banging|hit|hitting|slam|slamming|smash|smashing|punch|punching|scratch|scratching|pick|picking|bite|biting|claw|clawing|pull|pulling|pinch|pinching) (?:at )?(?:my|the) (?:head|hand|hands|fists?|wrists?|arms?|skin|legs?|thighs?|face|knuckles|cuts|scabs|hair|wall|walls|door|doors)"
        r"(?: (?:on|against|into|with|in|until|till|when|so|every) (?:{W} ){0,4}(?:wall|walls|door|doors|desk|floor|fists?|nails|when|until|till|raw|bleed|bleeds|bled|panic|angry|too much|heal|myself|it|they))?)"
        r"(?=[^.]{0,80}(?:when|until|till|raw|bleed|bled|panic|angry at myself|too much|heal|myself|purpose|pain|punish|hurt|bruise|bruises|bruised|hard enough|leave marks|leaves marks))".replace(
            "{W}", W
        ),
        "head hand hands fist fists wrist wrists arm arms skin leg legs thigh thighs face knuckles cuts scabs hair wall walls door doors",
    ),
    _rule(
        "broad/cutting-as-habit",
        "self_harm",
        True,
        r"(?P<v>)(?P<act>(?:(?<=^ )|(?<=[,.] ))(?:cutting|cut|cuttin|sh|selfharm|burning) (?:again|tonight|last night|today|yesterday|2nite|this morning|earlier)"
        r"|(?:doing|done|did|do) (?:the )?(?:cutting|sh|selfharm)(?: on my {body})?|cutting (?:helps|is the only|was the only|is how|makes me|calms|keeps me|on my {body})"
        r"|(?:mild|bad|deep|light|some|small|little) (?:sh|selfharm|cuts?)(?= (?:tonight|today|again|last night|yesterday)|[,.]| $)"
        r"|sh (?:is|was|helps|has|stuff|kit|box|tools|blades|supplies|things)(?![a-z])|cutting to (?:cope|feel|punish|numb|forget|calm|deal))".replace(
            "{body}", _BODY
        ),
        "cutting cut cuttin sh selfharm burning cuts helps",
    ),
    _rule(
        "broad/hurt-yourself",
        "self_harm",
        False,
        r"(?P<v>want|wants|wanting|urge|urges|need|needs|normal|ok|okay|wrong|weird) (?:to )?(?P<act>(?:hurt|harm|cut|burn|hit|punish) yourself)",
        "yourself",
    ),
    _rule(
        "broad/blood",
        "self_harm",
        False,
        r"(?P<v>blood) (?P<act>(?:on|all over|in) (?:my|the) (?:sheets|sleeves|bed|towel|towels|carpet|clothes|jumper|hoodie|pillow))"
        r"(?=[^.]{0,80}(?:before|nobody|no one|sees|see|hide|wash|again|clean))",
        "sheets sleeves bed towel towels carpet clothes jumper hoodie pillow",
        negatable=False,
    ),
    _rule(
        "broad/the-only-thing-that-works",
        "self_harm",
        False,
        r"(?P<v>hurting myself|harming myself|cutting|burning myself|the pain|pain|sh|selfharm|hitting myself) (?:is |was )?(?P<act>(?:the only (?:thing|way|time)|how i cope|what keeps me|the only way i can)(?: (?:that|which|i))?)",
        "only how what",
        negatable=False,
    ),
    # -- harm from others: the hedged words -----------------------------------
    _rule(
        "broad/gets-rough",
        "abuse",
        False,
        r"(?P<v>gets|got|getting|get|can get|turns|turned|goes|went) (?P<act>(?:rough|handy|physical|violent|nasty|heavy handed|handsy|scary|mean) (?:with me|with us|with (?:my|our) (?:{W} )?{PERSON}|when (?:he|she|they)|after (?:he|she|they)|if (?:i|he|she)|again|at home))".replace(
            "{PERSON}", PERSON
        ).replace("{W}", W),
        "rough handy physical violent nasty heavy handsy scary mean",
        who="resolve_abuse",
    ),
    _rule(
        "broad/drinking-again",
        "abuse",
        False,
        r"(?P<v>drinking again|drunk again|home drunk|had a drink|had a few|been drinking) (?:{g})(?P<act>(?:what that means|i know what (?:that|this|it) means|what is coming|what will happen) for (?:me|us|me and (?:my )?(?:mum|mom|dad)|mum and me|my (?:mum|mom)))".replace(
            "{g}", gap(6)
        ),
        "means coming happen",
        negatable=False,
        who="self",
    ),
    _rule(
        "broad/bruises",
        "abuse",
        False,
        r"(?P<v>hide|hiding|hid|cover|covering|covered|conceal|concealing|got|have|has|had|always|with|left|leaves|leaving|gave me|given me|new|fresh|more) (?:the |my |her |his |a |these |those |got |all )?(?P<act>{bruises}(?: on (?:my|her|his|their) (?:{W} )?{body})?)"
        r"(?! (?:from (?:the |my |a |an |football|rugby|hockey|netball|training|sport|the gym|gym|climbing|falling|the fall|the accident|boxing|martial|karate|judo|skating|cycling|the match)|after (?:the|my|a) (?:fall|match|game|accident)))".replace(
            "{bruises}", _BRUISES
        )
        .replace("{body}", _BODY)
        .replace("{W}", W),
        "bruises bruise bruising black split fat handprints finger",
        who="resolve_abuse",
        needs="hide hiding hid cover covering covered conceal concealing got have has had always with left leaves leaving gave given new fresh more",
    ),
    _rule(
        "broad/marks-on-neck",
        "abuse",
        False,
        r"(?P<v>marks|bruises|bruising|fingerprints|finger marks|handprints) (?P<act>on (?:my|her|his) (?:neck|throat))|(?P<v2>lip|lip is|lip's|my lip is) (?P<act2>split)(?=(?: [,.])| $| again| open)",
        "neck throat split",
        negatable=False,
    ),
    _rule(
        "broad/grabbed-me",
        "abuse",
        True,
        r"(?P<v>grabbed|grabs|grabbing|twisted|twists|squeezed|squeezes|pinned|pins|held|holds|yanked|yanks|pulled|pulls|dragged|drags|shook|shakes) (?P<act>(?:me|my|her|his) (?:by the )?(?:wrists?|arms?|neck|throat|hair|face|jaw|shoulders?)(?= so hard| and| until| till| against| to the| down| by| [,.]| $| again| when| tight)"
        r"(?! and (?:pulled|dragged) (?:me|her|him) (?:out of the way|back from (?:the|a) (?:road|edge|curb|kerb))))",
        "wrist wrists arm arms neck throat hair face jaw shoulder shoulders",
        who="other_to_me",
    ),
    _rule(
        "broad/weapon-at-me",
        "abuse",
        True,
        r"(?P<v>held|holds|holding|pulled|pulls|pointed|points|pointing|put|puts|waved|waves|waving|came at me with|comes at me with|threatened me with) (?:a |the |his |her |their )?(?P<act>(?:knife|gun|blade|bat|hammer|weapon|pair of scissors|scissors|broken bottle)(?: (?:to|at|on|against) (?:me|my|us|her|him))?)",
        "knife gun blade bat hammer weapon scissors bottle",
        who="other_to_me",
        needs="me my us at to",
    ),
    _rule(
        "broad/clocked-me",
        "abuse",
        True,
        r"(?P<v>clocked|decked|thumped|whacked|socked|walloped|booted|kneed|elbowed|slapped|punched|kicked|smacked|hit|beat|choked|strangled|headbutted|shoved|pushed|backhanded|belted|battered|bit|spat at|spat on|burned|burnt|throttled|hits|punches|kicks|slaps|chokes|strangles|shoves|pushes|beats|smacks) (?P<act>me|us)"
        r"(?! (?:up|with (?:the|a|an|some|that|this|his|her) (?:news|question|questions|truth|fact|joke|idea|bombshell|request|bill|invoice|compliment|line|look|story|offer|reality|realisation|realization)|at (?:chess|cards|tennis|football|pool|games|the game|monopoly|mario|fifa|scrabble|poker|everything|[a-z]+ing|[a-z]+ball)|in (?:the|a|every) (?:race|game|match|final|election|argument|debate|quiz)|to|away|off|out|hard|like a|in the feels|first|on the (?:shoulder|back|arm)|as|too|that|then|how|when i (?:realised|realized|saw|read|heard)|aside)(?![a-z]))",
        "me us",
        who="other_to_me",
        needs="clocked decked thumped whacked socked walloped booted kneed elbowed slapped punched kicked smacked hit beat choked strangled headbutted shoved pushed backhanded belted battered bit spat burned burnt throttled hits punches kicks slaps chokes strangles shoves pushes beats smacks",
    ),
    _rule(
        "broad/hit-you",
        "abuse",
        False,
        r"(?P<v>for (?:a|your|my) (?:boyfriend|girlfriend|partner|husband|wife|dad|father|mum|mom|mother|parent|parents|fiance|fiancee)|if (?:a|your|my) (?:boyfriend|girlfriend|partner|husband|wife|dad|father|mum|mom|mother|parent|parents)) (?:to |)(?P<act>(?:hit|hits|slap|slaps|push|pushes|shove|shoves|choke|chokes|grab|grabs|punch|punches|kick|kicks|hurt|hurts) (?:you|me)(?= when| if| [,.]| $| sometimes| every| after| because))",
        "hit hits slap slaps push pushes shove shoves choke chokes grab grabs punch punches kick kicks hurt hurts",
    ),
    _rule(
        "broad/did-not-stop",
        "abuse",
        True,
        r"(?P<v>said no|told (?:him|her|them) no|told (?:him|her|them) to stop|asked (?:him|her|them) to stop|said stop|begged (?:him|her|them) to stop|cried|was crying|pushed (?:him|her) away) (?:{g})(?P<act>(?:he|she|they) (?:did not|would not|will not|never) stop|(?:he|she|they) (?:kept going|carried on|did it anyway|went ahead anyway|forced|held me|pinned me)|(?:did|does) it anyway)".replace(
            "{g}", gap(3)
        ),
        "stop going carried anyway forced held pinned",
        negatable=False,
    ),
    _rule(
        "broad/while-asleep",
        "abuse",
        False,
        r"(?P<v>comes|came|coming|come|gets|got|climbs|climbed|crawls|crawled|sneaks|snuck|sneaked) (?P<act>(?:into|in) (?:my|her|his|our) (?:room|bed|bedroom|tent|bunk)(?: at night| when| while| late| every night| after| and)(?=[^.]{0,60}(?:asleep|sleeping|night|pretend|scared|locked|touch|door))?)",
        "room bed bedroom tent bunk",
        who="resolve_abuse",
        needs="night asleep sleeping pretend pretending while when late",
    ),
    _rule(
        "broad/doing-stuff-to-me",
        "abuse",
        True,
        r"(?P<v>(?:he|she|they|him|her|them) (?:was|were|is|are|keeps|kept|has been|had been)?) ?(?P<act>(?:doing|did|does|do) (?:stuff|things|something|sexual things|that stuff|sex stuff) to (?:me|my body)(?! (?:that (?:made|make) me (?:laugh|smile|happy))))",
        "stuff things something sexual sex",
        who="self",
    ),
    _rule(
        "broad/do-not-tell",
        "abuse",
        False,
        r"(?P<v>says|said|told me|tells me|telling me|asked me|asks me|made me promise|makes me promise|wants me) (?:{g})(?P<act>not to tell (?:anyone|anybody|my (?:mum|mom|dad|parents|teacher|friends))|(?:our|a|it is our|it is a) (?:little )?secret(?= [,.]| $| and| so| but| because| between))".replace(
            "{g}", gap(3)
        ),
        "tell secret",
        negatable=False,
        needs="older online meet met touch touches touched photos pictures secret uncle coach teacher guy man years 13 14 15 12 11 10",
    ),
    _rule(
        "broad/conditional-threat",
        "abuse",
        False,
        r"(?P<v>(?:he|she|they)(?: will| would|'ll|'d)?|says (?:he|she|they)(?: will| would)?|said (?:he|she|they)(?: will| would)?|threatens to|threatened to) (?:{g})(?P<act>(?:take|took) (?:the |my |our )?(?:kids|children|baby|son|daughter|kid)|make sure i (?:never|do not|will not)|find me|kill (?:me|us|himself|herself|themselves|my)|hurt (?:me|us|my|the kids)|break my (?:{W} )?(?:arm|arms|legs|leg|neck|nose|jaw|face|fingers|phone)|evict me|kick me out|throw me out|send (?:the|my|those) (?:photos|pictures|videos|nudes)|post (?:the|my|those) (?:photos|pictures|videos|nudes)|tell everyone|ruin (?:me|my life)|get me deported|report me|have me (?:sectioned|deported|arrested)|call (?:immigration|the police|social services|the home office|border control|ice) on me)"
        r"(?=[^.]{0,100}(?:if i|unless i|when i|the day i|if you|before i))".replace(
            "{g}", gap(5)
        ).replace("{W}", W),
        "take took sure find kill hurt break evict kick throw send post tell ruin deported report sectioned arrested call",
        who="self",
        negatable=False,
    ),
    _rule(
        "broad/if-i-leave-he",
        "abuse",
        False,
        r"(?P<v>if i (?:leave|left|tell|told|go|went|break up|broke up|call|called|report|reported|say no|said no|refuse|refused|try to leave|ever leave|talk|speak|am not|do not|take (?:the|my|our) (?:kids|children|baby|son|daughter))|unless i) (?:{g})(?P<act>(?:he|she|they) (?:will|would|is going to|are going to|'ll|'d|says he will|says she will|said he would|said she would) (?:{g2})(?:make sure|kill|hurt|take|find|never|send|post|tell|ruin|evict|kick|throw|break|beat|hit|come after|show everyone|report)|(?:he|she|they) (?:would|will) find me|(?:hit|hits|beat|beats|hurt|hurts|kill|kills) me)".replace(
            "{g}", gap(6)
        ).replace("{g2}", gap(2)),
        "make kill hurt take find never send post tell ruin evict kick throw break beat hit come show report me",
        negatable=False,
        who="self",
    ),
    _rule(
        "broad/can-not-leave",
        "abuse",
        False,
        r"(?P<v>can not leave|could not leave|can not get away|scared to leave|afraid to leave|too scared to leave|if i ran|if i run|if i left) (?:{g})(?P<act>(?:he|she|they) (?:would|will|is going to|'d) (?:find|kill|hurt|follow|come after) (?:me|us)|(?:he|she|they) (?:would|will) never let me)".replace(
            "{g}", gap(3)
        ),
        "find kill hurt follow come let",
        negatable=False,
        who="self",
    ),
    _rule(
        "broad/blackmail-photos",
        "abuse",
        True,
        r"(?P<v>posted|shared|leaked|sent|sends|send|posting|sharing|leaking|sending|put|showed|show|spread|spreading|threatening to (?:post|share|send|leak)) (?P<act>(?:my|our|the|those) (?:private |intimate |nude |naked |sexy |personal )?(?:photos|pictures|pics|videos|nudes|video|photo)(?: of me)?(?: (?:online|to my|to everyone|everywhere|on)| if i)?)"
        r"(?=[^.]{0,80}(?:private|intimate|nude|naked|sexy|if i|unless|online|everyone|parents|break up|threat|porn|website|site|group chat|internet))",
        "photos pictures pics videos nudes video photo",
        who="resolve_abuse",
    ),
    _rule(
        "broad/blackmailed",
        "abuse",
        True,
        r"(?P<v>being|been|am|was|getting|got|i am|he is|she is|they are|keeps|kept) (?P<act>blackmailed|blackmailing me|extorted|sextorted|groomed|trafficked|bullied(?= (?:at|every|online|by|again|and)|[,.]| $)|followed home|coerced|controlled|strangled|choked(?! (?:on|up|by (?:a|the|food|water))(?![a-z])))",
        "blackmailed blackmailing extorted sextorted groomed trafficked bullied followed coerced controlled strangled choked",
    ),
    _rule(
        "broad/money-control",
        "abuse",
        False,
        r"(?P<v>controls|controlled|controlling|takes|took|take|keeps|kept|has|holds|hides|hid|hiding|withholds|withheld|spends|spent|steals|stole|stealing|stealing from) (?P<act>(?:all |most )?(?:of )?(?:the|my|our|her|his|their) (?:whole )?(?:money|pension|wages|salary|benefits|bank card|bank cards|cards|passport|id|documents|finances|medication|meds|inhaler|insulin|pills|keys|car keys|phone|food)(?= [,.]| $| and| when| so| from| if| unless| away| because| every| off)"
        r"(?! away (?:till|until|for) (?:[a-z']+ ){0,4}(?:homework|revision|chores|grades|bedtime|exams)(?![a-z])))",
        "money pension wages salary benefits bank cards passport id documents finances medication meds inhaler insulin pills keys phone food",
        who="resolve_abuse",
        needs="controls controlled controlling hides hid hiding withholds withheld whole pension takes took keeps kept steals stole stealing",
    ),
    _rule(
        "broad/ask-permission",
        "abuse",
        False,
        r"(?P<v>makes|made|making|make|have to|had to|must|forces|forced) (?:me |us |her |him )?(?:to )?(?P<act>ask (?:him|her|them)? ?(?:for )?permission|ask (?:him|her|them) for (?:money|bus fare|bus money|every penny|food|cash)|beg (?:for|him|her)|sleep (?:in|on) (?:the )?(?:garage|floor|shed|car|garden|hallway|porch|kennel|outside)|sleep outside|kneel|eat (?:off|on) the floor|stand in the corner for hours)",
        "permission money fare penny food cash beg sleep kneel eat stand",
        who="resolve_abuse",
    ),
    _rule(
        "broad/unless-i",
        "abuse",
        False,
        r"(?P<v>will not|does not|would not|refuses to|never) (?P<act>(?:give|let) (?:me|us|her|him) (?:my |our |his |her |any |the )?(?:dinner|food|meals|tea|money|medication|meds|phone|keys|passport|pension)(?: [a-z]+){0,2} unless)",
        "unless",
        who="resolve_abuse",
        negatable=False,
    ),
    _rule(
        "broad/broke-my-phone",
        "abuse",
        False,
        r"(?P<v>broke|smashed|took|takes|hid|hides|threw|throws|cut off|cuts off|disconnected) (?P<act>(?:my|the|our) (?:phone|landline|wifi|internet|car keys|keys) so (?:i|we) (?:could not|can not|would not|will not|could never|have no way to) (?:call|phone|text|contact|leave|ring|get help|talk))",
        "phone landline wifi internet keys",
        who="resolve_abuse",
    ),
    _rule(
        "broad/stalking",
        "abuse",
        False,
        r"(?P<v>tracker|trackers|airtag|air tag|gps|spyware|tracking app|hidden camera|camera) (?P<act>(?:on|in|under|inside) (?:my|our) (?:car|phone|bag|coat|laptop|room|flat|house|bike))"
        r"|(?P<v2>keeps|kept|keep|always|started|keeps on|still) (?P<act2>(?:turning|showing|turns|shows|turned|showed) up (?:at|outside|near) (?:my|our) (?:flat|house|home|work|job|door|school|uni|office|gym|place))"
        r"|(?P<v3>making|makes|made|creating|creates|created|new|fake|different) (?P<act3>(?:new |fake |different )?accounts to (?:message|contact|text|follow|watch|harass|find) me)"
        r"|(?P<v4>says|said|told me|texts|texted|messages|messaged|knows|knew) (?P<act4>(?:he|she|they) (?:is|are|was|were|has been|have been) watching me|what i (?:was|am) wearing|where i (?:was|am|live|work) (?:every|all|today|yesterday|last))"
        r"|(?P<v5>describing|describes|described) (?P<act5>what i (?:was|am) (?:wearing|doing)|where i (?:was|am|went))"
        r"|(?P<v6>after|even though|though) (?P<act6>i (?:have )?(?:blocked|block|reported) (?:him|her|them|his number|her number)(?: everywhere)?)",
        "car phone bag coat laptop room flat house bike home work job door school uni office gym place accounts watching wearing where doing went blocked block reported",
        who="resolve_abuse",
        needs="tracker trackers airtag air gps spyware tracking camera keeps kept keep always started still making makes made creating creates created new fake different says said told texts texted messages messaged knows knew describing describes described after though",
    ),
    _rule(
        "broad/hiding-from-him",
        "abuse",
        False,
        r"(?P<v>hiding|hid|hide|locked myself|lock myself|barricaded|barricade) (?P<act>(?:in|from) (?:the |my |a )?(?:bathroom|bedroom|room|closet|wardrobe|cupboard|car|toilet|loo|him|her|them|shed|attic)(?= (?:right now|now|again|while|because|until|till|from|when|and|he|she|they)|[,.]| $))"
        r"(?=[^.]{0,120}(?:he|she|they|him|dad|stepdad|husband|boyfriend|partner|scared|afraid|smashing|shouting|screaming|banging|drunk|angry|hurt))",
        "bathroom bedroom room closet wardrobe cupboard car toilet loo him her them shed attic",
        who="self",
        negatable=False,
    ),
    _rule(
        "broad/smashing-things",
        "abuse",
        False,
        r"(?P<v>he is|she is|they are|he was|she was|he keeps|he started|he has been|banging|hammering|kicking|pounding) (?P<act>(?:smashing|breaking|throwing|punching|kicking) (?:things|stuff|plates|the walls?|the doors?|everything|holes)|(?:on|at) (?:the|my) (?:door|window|windows))"
        r"(?=[^.]{0,120}(?:scared|afraid|terrified|hiding|hide|shaking|i am|me|locked|kids|help))",
        "smashing breaking throwing punching kicking door window windows",
        who="self",
        negatable=False,
    ),
    _rule(
        "broad/chair-against-door",
        "abuse",
        False,
        r"(?P<v>chair|wardrobe|desk|dresser|lock|locks|bolt|knife) (?P<act>(?:against|under|on|by|behind) (?:my|the) (?:door|bed|pillow|bedroom door)(?=[^.]{0,80}(?:because of|in case|he|she|they|scared|afraid|night)))",
        "door bed pillow",
        who="self",
        negatable=False,
    ),
    _rule(
        "broad/flinch",
        "abuse",
        False,
        r"(?P<v>flinch|flinches|flinched|flinching|cower|cowers|cowering|cowered) (?P<act>(?:every time|when|whenever|if) (?:anyone|he|she|they|someone|somebody|my|people|his|her)(?: [a-z']+){0,4})",
        "every when whenever if",
        negatable=False,
    ),
    _rule(
        "broad/chance-to-run",
        "abuse",
        False,
        r"(?P<v>bag packed|packed a bag|go bag|escape bag|money hidden|hidden money|stash of money|saving in secret|secretly saving) (?:{g})(?P<act>(?:chance|time|moment|day) (?:to|i can) (?:run|leave|get out|escape|go)|in case (?:i|he|she|we) (?:have to|need to|get|ever) (?:run|leave|get out|escape|flee|the chance))".replace(
            "{g}", gap(8)
        ),
        "chance time moment day case",
        who="self",
        negatable=False,
    ),
    _rule(
        "broad/nobody-would-believe",
        "abuse",
        False,
        r"(?P<v>nobody|no one|they|the police|people|anyone) (?:would|will|is going to|are going to|could) (?:ever )?(?P<act>believe (?:me|him|her|them)(?=[^.]{0,100}(?<= )(?:he|she|him|her|his|hit|hits|hurt|hurts|tell|abuse|abused|abusing|police|says|said|the man|crazy)(?![a-z0-9'])))",
        "believe",
        who="self",
        negatable=False,
        needs="says said tell told because crazy police hit hurts hurt",
    ),
    _rule(
        "broad/older-online",
        "abuse",
        False,
        r"(?P<v>older|grown|adult|[0-9]+ year old) (?:{W} )?(?P<act>(?:guy|man|men|woman|person|someone|bloke|dude) (?:i met|from|off) (?:online|on|in a game|on discord|on snap|on instagram|on tiktok|from a game))".replace(
            "{W}", W
        ),
        "guy man men woman person someone bloke dude",
        who="self",
        negatable=False,
        needs="tell secret meet 11 12 13 14 15 16 photos pictures age years",
    ),
    _rule(
        "broad/stealing-from-her",
        "abuse",
        False,
        r"(?P<v>stealing|steals|stole|taking money|takes money|took money|shouting|screaming|hitting|pinching|neglecting|starving|rough with) (?P<act>(?:from|at|with)? ?(?:her|him|them|me|my (?:gran|grandma|grandad|grandpa|nan|mum|mom|dad)|our (?:gran|grandma|grandad|nan))(?= and| [,.]| $| when| every| all))"
        r"(?=[^.]{0,100}(?:carer|caregiver|care home|nurse|stealing|shouting at|hitting))",
        "her him them me gran grandma grandad grandpa nan mum mom dad",
        negatable=False,
        needs="carer caregiver care nurse",
        who="resolve_abuse",
    ),
    _rule(
        "broad/let-her-see",
        "abuse",
        False,
        r"(?P<v>will not|does not|would not|never|not|refuses to|refused to|stops|stopped) (?:let|letting|allow|allowing) (?P<act>(?:her|him|them) (?:see|visit|talk to|call|contact|leave|go out|have) (?:us|anyone|her family|his family|their family|friends|her friends|his friends|the house|any money|a phone|her phone|his phone)(?: anymore)?)",
        "see visit talk call contact leave go have",
        who="resolve_abuse",
        negatable=False,
    ),
    _rule(
        "broad/scared-of-him",
        "abuse",
        False,
        rf"(?P<v>i am|i feel|i get|makes me|i was|i have been|and i am|i always feel) (?:scared|afraid|terrified|frightened|petrified) (?P<act>(?:of (?:him|her|them|my (?:{W} )?(?:dad|father|stepdad|husband|boyfriend|partner|mum|mom|ex|wife|girlfriend|brother|uncle|carer))|(?:to|of) (?:go|going) home|when (?:he|she|they) (?:comes|come|gets|get|is|are) (?:home|drunk|angry|back)))"
        r"|(?P<v2>banging|hammering|pounding|kicking) (?P<act2>on the door)(?=[^.]{0,40}scared)",
        "him her them dad father stepdad husband boyfriend partner mum mom ex wife girlfriend brother uncle carer home when door",
        who="self",
        negatable=False,
        needs="scared afraid terrified frightened petrified",
    ),
    # -- harm from others: the act said through what it does to me -----------
    # Held down or sat on: "he holds me down", "sits on my chest until I can't breathe".
    _rule(
        "broad/held-down",
        "abuse",
        True,
        r"(?P<v>holds|held|hold|holding|pins|pinned|pin|pinning) (?P<act>(?:me|us) down(?! (?:for|to) (?:a|the) (?:photo|picture|plaster|jab|injection|vaccine))(?!(?: [a-z0-9']+){0,6} (?:tickle|tickled|tickles|tickling|laughing|play|playing|wrestle|wrestling|joke|joking)(?![a-z])))"
        r"|(?P<v2>sits|sat|sitting|kneels|knelt|kneeling) (?P<act2>on (?:me|my chest|my back|my neck|my face|top of me))(?! (?:on|at) the (?:sofa|bus|train))",
        "down on",
        who="victim",
        needs="holds held hold holding pins pinned pin pinning sits sat sitting kneels knelt kneeling",
    ),
    # Food kept from me: "my stepmum starves me", "he won't let me eat".
    _rule(
        "broad/starved-by-them",
        "abuse",
        True,
        r"(?P<v>starves|starved|starving|starve) (?P<act>(?:me|us)(?! (?:of (?:attention|conversation|sleep)|out)))"
        r"|(?P<v2>will not|won't|does not|doesn't|did not|never|wouldn't|would not) (?P<act2>let (?:me|us) eat(?! (?:sweets|chocolate|junk|crisps|in the|on the|before|after|until i finish)))"
        r"|(?P<v3>takes|took|hides|hid|locks|locked|keeps|kept) (?:away )?(?P<act3>(?:my|our) food(?: away)?(?: from (?:me|us))?(?= (?:until|unless|if|when|as|so)| [,.]| $))",
        "starves starved starving starve eat food",
        who="victim",
    ),
    # Sexual abuse told without its name: "he did things to me", "does stuff to me".
    _rule(
        "broad/did-things-to-me",
        "abuse",
        True,
        r"(?P<v>did|does|do|doing|done|used to do) (?P<act>(?:things|stuff|bad things|sexual things|sex stuff|weird things|things i did not like|stuff i did not like|things i did not want) to (?:me|us)(?![a-z0-9'])(?! (?:like|such as|for)))",
        "things stuff",
        who="victim",
        needs="did does do doing done",
    ),
    # Something withheld until I do what he wants: "she hides my medication until I do
    # what she wants".
    _rule(
        "broad/until-i-do-what-he-wants",
        "abuse",
        True,
        r"(?P<v>hides|hid|hiding|takes|took|taking|keeps|kept|keeping|withholds|withheld|locks|locked|cuts off|cut off|stops|stopped) (?:{g})(?P<act>(?:my|our|me|us)(?: [a-z0-9']+){0,3} (?:until|unless|till) (?:i|we) (?:do what (?:he|she|they) (?:wants|says|tells me|want)|beg|sleep with|have sex))".replace(
            "{g}", gap(2)
        ),
        "until unless till",
        who="victim",
        needs="wants says tells want beg sleep sex",
    ),
    # Things smashed as a warning: "he smashes my things and says next time it'll be me".
    _rule(
        "broad/next-time-it-will-be-me",
        "abuse",
        True,
        r"(?P<v>next time|one day|the next one|one of these days) (?P<act>(?:it will|it is going to|it would|that will|that is going to) be (?:me|my face|my head|you|your face|your head)(?![a-z0-9']))",
        "me face head you",
        who="victim",
        needs="smashes smashed smash smashing breaks broke break breaking punches punched punch "
        "throws threw throw kicks kicked hits hit knife wall walls threatens threatened warns warned",
    ),
    # Money watched to the penny under threat: "I have to account for every penny or he
    # goes crazy".
    _rule(
        "broad/every-penny",
        "abuse",
        False,
        r"(?P<v>account for|justify|explain|show (?:him|her|them) (?:receipts|the receipts) for) (?P<act>every (?:penny|pound|cent|dollar|rupee|euro|single penny)(?: [a-z0-9']+){0,4} (?:or (?:he|she|they)|to (?:him|her|them)|(?:he|she|they) (?:checks|goes|gets|screams|shouts)))",
        "penny pound cent dollar rupee euro",
        who="victim",
    ),
    # My own money kept from me: "won't give me my own money", "won't let me have my pension".
    _rule(
        "broad/keeps-my-money-from-me",
        "abuse",
        False,
        r"(?P<v>will not|won't|does not|doesn't|refuses to|never|would not|wouldn't) (?P<act>(?:give|let) me (?:have |touch |see |use )?(?:my own|my|any of my) (?:money|pension|wages|salary|savings|benefits|bank card|card|allowance))(?![a-z0-9'])(?! (?:until (?:i am|i'm) (?:18|older)|back (?:yet|till|until)))",
        "money pension wages salary savings benefits card allowance",
        who="other_to_me",
        negatable=False,
    ),
    # Left in need by whoever should care: "the carers leave me in a wet bed all night".
    _rule(
        "broad/left-in-need",
        "abuse",
        False,
        r"(?P<v>leave|leaves|left|leaving|keep|keeps|kept) (?P<act>(?:me|us) (?:in (?:a wet bed|wet sheets|my own mess|soiled|dirty nappies|the dark for hours)|without (?:food|water|my (?:meds|medication|tablets|insulin|inhaler|glasses|hearing aid|walking frame))(?: for (?:days|hours|a day|the day|the weekend))?|on the floor (?:all night|for hours)|alone for days)(?!(?: [a-z0-9']+){0,4} (?:before|because|surgery|operation|scan|procedure|fasting|anaesthetic|anesthetic)(?![a-z0-9'])))",
        "wet mess soiled nappies dark food water meds medication tablets insulin inhaler glasses aid frame floor days",
        who="victim",
    ),
    # Reproductive coercion: "he made me get an abortion", "she hides my pill".
    _rule(
        "broad/my-body-decided-for-me",
        "abuse",
        True,
        r"(?P<v>made|makes|make|forced|forces|force|pressured|pressures|pressuring|forcing) (?P<act>me (?:to )?(?:get|have|go through with) (?:an abortion|a termination|pregnant|the abortion))"
        r"|(?P<v2>hides|hid|throws away|threw away|flushed|flushes|swaps|swapped) (?P<act2>my (?:pill|pills|contraception|contraceptive pill|contraceptives))",
        "abortion termination pregnant pill pills contraception contraceptive contraceptives",
        who="other_to_me",
    ),
    # Rage at close range: "she screams in my face and breaks my stuff".
    _rule(
        "broad/in-my-face",
        "abuse",
        False,
        r"(?P<v>screams|screamed|screaming|shouts|shouted|shouting|yells|yelled|yelling|spits|spat|roars|roared) (?P<act>in my face(?! (?:at|during) (?:the|a) (?:gig|concert|match|game)))"
        r"|(?P<v2>breaks|broke|smashes|smashed|destroys|destroyed|rips up|ripped up) (?P<act2>(?:my|all my) (?:stuff|things|belongings|phone|glasses|clothes) (?:when (?:he|she|they)|every (?:day|time|week)|on purpose|to scare me|in front of me|if i))",
        "face stuff things belongings phone glasses clothes",
        who="other_to_me",
    ),
    # Secrecy asked of a child or young person: "my teacher says I'm special and not to
    # tell my parents".
    _rule(
        "broad/do-not-tell-your-parents",
        "abuse",
        False,
        r"(?P<v>says|said|saying|tells me|told me|telling me|asks me|asked me|makes me promise|made me promise) (?:{g})(?P<act>(?:not to|to never|never to|i must not|i should not|i must never|i can not|i cannot|i can't) tell (?:my|anyone|anybody|your) ?(?:parents|mum|dad|mom|family|teacher|teachers|anyone|friends)?)(?![a-z0-9'])".replace(
            "{g}", gap(8)
        )
        + NOT_A_SURPRISE,
        "tell",
        who="other_to_me",
        needs="teacher coach tutor older man guy uncle online instructor leader priest neighbour stepdad boyfriend special secret",
    ),
    # Accounts and passwords taken over: "he goes through my bank statements and demands
    # my passwords" (someone else doing it: "I read my emails" is nothing).
    _rule(
        "broad/takes-over-my-accounts",
        "abuse",
        False,
        r"(?P<v>reads|goes through|went through|going through|demands|demanded|insists on having|takes|took|changed|changes) (?P<act>(?:all )?my (?:emails|passwords|bank statements|online banking|banking app|pin number|pin)(?![a-z0-9'])(?! (?:for me|to help|because i|while i|when i)))",
        "emails passwords statements banking pin",
        who="other_to_me",
    ),
    # -- harm to others --------------------------------------------------------
    _rule(
        "broad/fantasies-about-killing",
        "harm_to_others",
        False,
        r"(?P<v>fantasies|fantasy|fantasi[sz]e|fantasi[sz]ing|fantasi[sz]ed|thoughts|images|dreams|daydreams|daydream|daydreaming|imagining|imagine|imagined|picturing|picture|urges|urge|thinking|think|thought|plans|plan|planning) (?:about |of |to )?(?P<act>(?:killing|kill|hurting|hurt|stabbing|stab|strangling|strangle|shooting|shoot|poisoning|poison|pushing|push|drowning|drown|burning|torturing|murdering|attacking|beating) (?:him|her|them|someone|somebody|people|my (?:{W} )?{PERSON}|everyone|a stranger|strangers|a random)(?![a-z'-]))".replace(
            "{PERSON}", PERSON
        ).replace("{W}", W),
        "killing kill hurting hurt stabbing stab strangling strangle shooting shoot poisoning poison pushing push drowning drown burning torturing murdering attacking beating",
        who="self",
        needs="fantasies fantasy fantasise fantasize fantasising fantasizing fantasised fantasized thoughts images dreams daydreams daydream daydreaming imagining imagine imagined picturing picture urges urge detailed",
    ),
    _rule(
        "broad/pushing-someone",
        "harm_to_others",
        False,
        r"(?P<v>pushing|push|shoving|shove|throwing|throw) (?P<act>(?:someone|somebody|him|her|them|people|a stranger|my (?:{W} )?{PERSON}) (?:in front of|off|under|down the stairs|onto the tracks|into (?:the|a) (?:road|river|traffic))(?: (?:a|the) (?:train|bus|car|bridge|platform|cliff|balcony|stairs))?)".replace(
            "{PERSON}", PERSON
        ).replace("{W}", W),
        "someone somebody him her them people stranger",
        who="self",
        needs="train bus car bridge platform cliff balcony stairs tracks road river traffic",
    ),
    _rule(
        "broad/list-of-people",
        "harm_to_others",
        True,
        r"(?P<v>list of (?:people|names|everyone)|people|names|everyone|the ones) (?:that |who |whom )?(?P<act>i (?:want|am going|plan|need|would like|intend|wanna) to (?:hurt|kill|shoot|stab|get|punish|make pay|hurt first|get back at))",
        "hurt kill shoot stab get punish make",
        negatable=False,
    ),
    _rule(
        "broad/bringing-something",
        "harm_to_others",
        True,
        r"(?P<v>bringing|bring|brought|taking|take) (?P<act>something (?:in|into school|to school|to work|to class|on monday|on friday|tomorrow)(?=[^.]{0,120}(?:regret|pay|see|sorry|bully|bullying|laugh|everyone|all of them|they)))"
        r"|(?P<v2>all|they will|they are|they are all|going to) (?:{g})(?P<act2>regret (?:bullying|hurting|laughing at|messing with|crossing|what they did to|ignoring|picking on) me|see (?:on (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)|tomorrow|soon) what happens|pay for what they did(?: to me)?)".replace(
            "{g}", gap(3)
        ),
        "something regret see pay",
        who="self",
        negatable=False,
    ),
    _rule(
        "broad/push-too-far",
        "harm_to_others",
        False,
        r"(?P<v>what happens when|see what happens when|find out what happens when) (?P<act>(?:you|they|people) (?:push|pushes|keep pushing|mess with|bully|push around) (?:someone|somebody|me|people) (?:too far|around))",
        "push pushes pushing mess bully",
        who="self",
        negatable=False,
    ),
    _rule(
        "broad/smash-his-face",
        "harm_to_others",
        True,
        r"(?P<v>to|will|going to|want to|wanna|gonna|would|could|should|am going to) (?P<act>(?:smash|kick|punch|cave|bash|beat|knock|stamp|rip|tear|slit|cut|break|slash) (?:his|her|their|that (?:{W} )?{PERSON}'s|my (?:{W} )?{PERSON}'s) (?:face|head|skull|teeth|throat|legs|neck|tyres|tires)(?: in| off| out| open| apart)?)".replace(
            "{PERSON}", PERSON
        ).replace("{W}", W),
        "face head skull teeth throat legs neck tyres tires",
        who="self",
    ),
    _rule(
        "broad/put-him-in-hospital",
        "harm_to_others",
        True,
        r"(?P<v>will|going to|to|gonna|would|could|should) (?P<act>(?:put|send|leave) (?:him|her|them|my (?:{W} )?{PERSON}|that (?:{W} )?{PERSON}) in (?:hospital|the hospital|a coma|the ground|a body bag|an early grave|intensive care))".replace(
            "{PERSON}", PERSON
        ).replace("{W}", W),
        "hospital coma ground bag grave intensive",
        who="self",
    ),
    _rule(
        "broad/set-on-fire",
        "harm_to_others",
        True,
        r"(?P<v>to|will|going to|gonna|want to|wanna|would|could|should|thinking about|thinking of|plan to|planning to) (?P<act>(?:set|setting|light|lighting) (?:his|her|their|the|that|my (?:{W} )?{PERSON}'s|my (?:{W} )?{PERSON}) (?:car|house|flat|home|place|shop|school|office|door|room|bed|hair)? ?on fire|(?:set|setting) fire to (?:his|her|their|the|my (?:{W} )?{PERSON}'s) (?:car|house|flat|home|place|shop|school|office))".replace(
            "{PERSON}", PERSON
        ).replace("{W}", W),
        "fire",
        who="self",
    ),
    _rule(
        "broad/learn-his-routine",
        "harm_to_others",
        False,
        r"(?P<v>following|followed|follow|watching|watched|tracking|tracked|stalking|stalked) (?P<act>(?:him|her|them|my (?:{W} )?{PERSON}) (?:{g})(?:to (?:learn|know|find out|work out|figure out) (?:his|her|their) (?:routine|schedule|movements|address|way home)|(?:for|every) (?:a week|weeks|days|a month|night|day)))".replace(
            "{PERSON}", PERSON
        )
        .replace("{W}", W)
        .replace("{g}", gap(3)),
        "learn know find work figure week weeks days month night day",
        who="self",
        negatable=False,
    ),
    _rule(
        "broad/could-kill-serious",
        "harm_to_others",
        True,
        r"(?P<v>could|can|will|am going to|going to|want to|wanna|gonna) (?P<act>(?:kill|murder|stab|strangle|shoot|hurt) (?:him|her|them|my (?:{W} )?{PERSON}|that (?:{W} )?{PERSON}) (?:right now|now|tonight|today|for real|i mean it|i swear|and i mean it|no joke|not joking|not kidding|seriously)(?=(?: [,.])| $))".replace(
            "{PERSON}", PERSON
        ).replace("{W}", W),
        "kill murder stab strangle shoot hurt",
        who="self",
    ),
    _rule(
        "broad/beat-the-crap",
        "harm_to_others",
        True,
        r"(?P<v>to|will|going to|gonna|want to|wanna|would|could|should|planning to) (?P<act>(?:beat|kick|knock|punch) the (?:crap|hell|shit|living daylights|life|snot|stuffing) out of (?:him|her|them|my (?:{W} )?{PERSON}|that (?:{W} )?{PERSON}))".replace(
            "{PERSON}", PERSON
        ).replace("{W}", W),
        "crap hell shit daylights life snot stuffing",
        who="self",
        needs="waiting wait tonight next time when he she come home serious mean swear",
    ),
    # Poison or a drug put in someone's food or drink: "going to poison my stepdad's tea",
    # "thinking of spiking his drink".
    _rule(
        "broad/poison-their-food",
        "harm_to_others",
        True,
        r"(?P<v>to|will|would|going to|gonna|want to|wanna|thinking about|thinking of|planning to|plan to|tempted to|could|might|about to) "
        r"(?P<act>(?:poison|poisoning|spike|spiking|drug|drugging|put (?:rat poison|poison|bleach|antifreeze|weedkiller|something|pills|tablets) in|putting (?:rat poison|poison|bleach|antifreeze|weedkiller|something|pills|tablets) in) "
        r"(?:his|her|their|the|my (?:{W} )?{PERSON}'s|that (?:{W} )?{PERSON}'s|{PERSON}'s) (?:tea|coffee|food|drink|drinks|dinner|lunch|breakfast|meal|water|wine|beer|pint|medicine|soup|bottle|cup))".replace(
            "{PERSON}", PERSON
        ).replace("{W}", W),
        "tea coffee food drink drinks dinner lunch breakfast meal water wine beer pint medicine soup bottle cup",
        who="self",
        needs="poison poisoning spike spiking drug drugging rat bleach antifreeze weedkiller pills tablets something",
    ),
    # The harm named by what it leaves: "I'll make sure he ends up in hospital",
    # "make sure she never walks again".
    _rule(
        "broad/make-sure-never-again",
        "harm_to_others",
        True,
        r"(?P<v>make sure|making sure|see to it|see to it that) (?P<act>(?:he|she|they|him|her|them|that (?:{W} )?{PERSON}|my (?:{W} )?{PERSON}) "
        r"(?:never (?:walks|walk|breathes|breathe|talks|talk|gets up|get up|sees|see) again|(?:ends|end) up in (?:hospital|the hospital|a wheelchair|a coma|the ground|intensive care|a body bag|a grave)|(?:stops|stop) breathing|can not walk|(?:is|are) (?:dead|six feet under))(?! for| on time| in time| safely| ok| okay))".replace(
            "{PERSON}", PERSON
        ).replace("{W}", W),
        "never end ends stop stops dead can",
        who="self",
        needs="make making see",
    ),
    # People saying they will come to my home to hurt me: "they're going to come round
    # and get me", "he says he'll come to my flat and batter me".
    _rule(
        "broad/coming-round-to-get-me",
        "abuse",
        True,
        r"(?P<v>going to|gonna|will|would|coming|are coming|is coming) (?P<act>(?:come )?(?:round|over|to my (?:house|flat|place|door|school|work|home)) (?:and|to) (?:get|hurt|batter|beat|do|jump|kill|stab|shoot|deal with|smash|finish|sort) (?:me|us)(?:(?: out| up| in| over)(?! with| for)|(?! out| up| in| over| with| for))(?![a-z0-9']))",
        "round over house flat place door school work home",
        who="victim",
        needs="get hurt batter beat do jump kill stab shoot deal smash finish sort",
    ),
    # Harm to me that others watch, film or laugh at: "they film me getting kicked",
    # "everyone laughed at me being pushed over". Not a ball or a car hitting me.
    _rule(
        "broad/me-getting-hurt",
        "abuse",
        True,
        r"(?P<v>film|films|filmed|filming|record|records|recorded|recording|watch|watches|watched|watching|laugh at|laughs at|laughed at|laughing at|cheer|cheered|cheering) "
        r"(?P<act>(?:me|us) (?:getting|get|being|got) (?:kicked|beaten|beaten up|battered|punched|slapped|jumped|attacked|hit|pushed|shoved|strangled|choked|hurt|spat on|stamped on)(?! by (?:a|the) (?:car|ball|bus|bike|van|wave|door|branch))(?![a-z0-9']))",
        "kicked beaten battered punched slapped jumped attacked hit pushed shoved strangled choked hurt spat stamped",
        who="victim",
    ),
    _rule(
        "broad/bat-by-the-door",
        "harm_to_others",
        False,
        r"(?P<v>bat|knife|gun|hammer|crowbar|machete|axe) (?P<act>(?:by|behind|next to|under) (?:the|my) (?:door|bed|pillow|front door|seat))(?=[^.]{0,120}(?:if|when|he|she|they|shows up|comes))?",
        "door bed pillow seat",
        who="self",
        negatable=False,
        needs="hospital kill hurt shows show comes ex him",
    ),
)


# -- the lexical net: risk words with a first-person stance ------------------
#
# What the rules above and in ``patterns`` miss is mostly a familiar word for
# dying or for self-harm said in an unfamiliar frame. This net reads one
# sentence at a time: a death word about the speaker together with a word of
# wanting, expecting, weighing or planning ("honestly the thought of not
# waking up is the only thing that calms me"); self-harm vocabulary used of
# oneself ("cutting again", "my cuts"). The guards for idioms, grief, stories
# and accidents are the detector's, applied to what this finds.

_DEATH = frozenset(
    "die dying dead death suicide suicidal unalive selfdelete overdose overdosing overdosed "
    "noose funeral grave".split()
)
_STANCE = frozenset(
    (
        "want wanted wanting wants wish wished wishing hope hoping hoped pray praying prayed "
        "ready waiting wait welcome rather better easier peace peaceful relief relieved "
        "deserve deserved should plan planning planned plans decided decide deciding "
        "thinking thoughts fantasise fantasize fantasising fantasizing fantasies dream "
        "dreaming dreams daydream daydreaming imagine imagining urge urges tempted tempting "
        "crave craving long longing tonight forever only escape option answer solution "
        "okay ok fine mind grateful glad calm calms comfort comforting appealing tempting "
        "romanticise romanticize obsess obsessing obsessed keep kept constantly googled "
        "researching researched searched method methods how sooner quicker quietly "
        "nobody anyone everyone burden miss care"
    ).split()
)
_SELF_WORDS = frozenset("i me my myself mine i'd i'm".split())
_NEGATE = frozenset("not never no nobody".split())
# The word after a death word that makes it an idiom: "dying to see", "dead
# tired", "die of embarrassment", "died laughing", "dead on my feet".
_DEATH_IDIOM_AFTER = frozenset(
    (
        "to for laughing of tired on serious set end ends ringer weight heat quiet silence "
        "silent cute funny gorgeous beat easy straight right wrong sure boring down out off "
        "hard zone metal battery phone than meat jealous chuffed excited keen proud pleased "
        "lucky impressed last cheap centre center ahead"
    ).split()
) | frozenset(PERSON_NOUNS.split())
# The word before: a phone or plant dies, "drop dead", "over my dead body",
# "brain dead", "a dead end"; a third person dies (grief).
_DEATH_IDIOM_BEFORE = frozenset(
    (
        "phone battery laptop car plant plants fish goldfish hamster tamagotchi drop brain "
        "body brain-dead near scared afraid terrified fear fears frightened worried worry "
        "worrying nearly almost thought"
    ).split()
)
_OTHERS = frozenset(
    (
        "he she they his her their him them hers theirs himself herself themselves "
        # someone close named before the death word: "my friend died by suicide"
        "friend brother sister dad father mum mom mother son daughter husband wife partner "
        "boyfriend girlfriend uncle aunt cousin grandad grandpa grandma gran nan granny nana "
        "grandfather grandmother nephew niece"
    ).split()
)


def death_wish(words: list[str]) -> tuple[int, int] | None:
    """The span (first, last word) of a death word about the speaker in a sentence of wanting."""
    start = 0
    n = len(words)
    while start < n:
        try:
            end = words.index(".", start)
        except ValueError:
            end = n
        if end - start <= 60:
            found = _sentence_death_wish(words, start, end)
            if found is not None:
                return found
        else:  # a run-on paragraph: windows of 30 words, overlapping
            for lo in range(start, end, 20):
                found = _sentence_death_wish(words, lo, min(end, lo + 30))
                if found is not None:
                    return found
        start = end + 1
    return None


# "Crawl into a hole and die", "curl up and die" with embarrassment: an idiom.
_HIDE_AND_DIE = frozenset("hole curl crawl".split())
_EMBARRASSED = frozenset(
    "embarrassing embarrassed embarrassment cringe cringey cringing mortified mortifying "
    "awkward".split()
)


def _sentence_death_wish(words: list[str], lo: int, hi: int) -> tuple[int, int] | None:
    sentence = words[lo:hi]
    if _DEATH.isdisjoint(sentence) or _SELF_WORDS.isdisjoint(sentence):
        return None
    if not _HIDE_AND_DIE.isdisjoint(sentence) and not _EMBARRASSED.isdisjoint(sentence):
        return None
    if _STANCE.isdisjoint(sentence):
        return None
    for k in range(lo, hi):
        word = words[k]
        if word not in _DEATH:
            continue
        after = words[k + 1] if k + 1 < hi else "."
        before = words[k - 1] if k > lo else "."
        if after in _DEATH_IDIOM_AFTER or before in _DEATH_IDIOM_BEFORE:
            continue
        window = words[max(lo, k - 6) : k]
        if not _NEGATE.isdisjoint(window[-4:]):
            continue
        # Whose death: the nearest person word before it.
        who = ""
        for j in range(k - 1, max(lo, k - 8) - 1, -1):
            w = words[j]
            if w in _SELF_WORDS:
                who = "self"
                break
            if w in _OTHERS or w.endswith("'s"):
                who = "other"
                break
            if w == ",":
                break
        if who == "other":
            continue
        if word in ("funeral", "grave") and (
            before in ("his", "her", "their", "a")
            or (before.endswith("'s") and before != "it's")
            or (before == "the" and (k - 2 < lo or words[k - 2] not in ("in", "into", "my")))
        ):
            continue  # "go to the funeral", "at his grave": someone else's, not my own
        if (
            who == ""
            and word in ("dead", "death", "funeral", "grave")
            and before
            not in (
                "my",
                "be",
                "being",
                "am",
            )
        ):
            continue
        return k, k
    return None
