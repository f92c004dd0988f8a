"""More kinds of crisis phrasing: what ``patterns`` and ``broad`` did not reach.

Written from our own development sets (tests/data/safety_dev*.toml), one rule
per *kind* of phrasing, never per sentence:

- suicide said without a death word: an attempt ("I attempted again"), going
  through with it, not being anyone's problem, doing everyone a favour by not
  being here, being done with living, leaving this world, standing at an edge,
  picturing one's own funeral, the ideation being back, sleeping and staying
  asleep;
- self-harm said sideways: a blade going back on the skin, needing to bleed,
  what I do to my arms, punishing myself by not eating, a relapse, fresh cuts;
- hedged or indirect harm from others: getting hit (passive; not "I'm hurt",
  which is a feeling), someone getting
  rough or physical, things thrown or walls punched next to me, threatening
  messages, "he would find me", money, phone and movements controlled, told
  nobody would believe me, pressured into what I did not want, spiked drinks;
- intent to harm others said as revenge, making someone pay or suffer, a
  weapon bought for someone, running someone over, shaking a baby.

Who it is about, negation, stories, accidents and hyperbole are read
afterwards by ``detector``. Linear time: the same discipline as ``patterns``
(bounded gaps of whole words, no nested quantifiers over overlapping text,
each rule starts on a literal word).
"""

from __future__ import annotations

from mirrorbot.safety.patterns import PERSON, PERSON_NOUNS, Rule, W, _rule, gap

# Someone close enough to harm or control the speaker: a rule about harm
# done to them needs one of these in the message ("my week was rough" has none).
_SOMEONE_CLOSE = (
    "he she they him her husband wife partner boyfriend girlfriend ex dad father mum mother "
    "mom stepdad stepmum son daughter grandson granddaughter carer brother sister people someone"
)

_OBJ = rf"(?:him|her|them|my (?:{W} )?{PERSON}|that (?:{W} )?{PERSON}|the (?:{W} )?{PERSON})"
_SKIN = (
    r"(?:arm|arms|wrist|wrists|leg|legs|thigh|thighs|skin|stomach|hip|hips|forearm|forearms"
    r"|ankle|ankles|body|chest|side|sides)"
)
_TIME = (
    r"(?:again|last night|last week|last month|last year|yesterday|tonight|today|on (?:{W})"
    r"|in (?:{W})|before|twice|once|this (?:week|month|year|morning|evening)|a few|at (?:{W})"
    r"|when i was)"
).replace("{W}", W)
_END = r"(?=(?: [,.])| $)"

RULES: tuple[Rule, ...] = (
    # -- suicide ------------------------------------------------------------
    _rule(
        "kinds/attempt",
        "suicide",
        True,
        rf"(?P<v>attempted|attempt)(?P<act>(?= {_TIME})|{_END})"
        r"|(?P<v2>survived|since|after|before|from|my (?:first|last|second|third|previous)|another"
        r"|failed|last|an) (?:an |my |the |a )?(?P<act2>attempt)(?! (?:at|to|of|on))",
        "attempted attempt",
    ),
    _rule(
        "kinds/go-through-with-it",
        "suicide",
        True,
        r"(?P<v>go|going|went|gone|goes|follow|following|followed) (?P<act>through with it)"
        r"|(?P<v2>thinking|think|thought|thoughts|planning|plan|planned|plans|imagining|imagine"
        r"|imagined|researching|researched|looked up|looking up|worked out|figured out"
        rf"|wondering|wonder) (?:about )?(?P<act2>how (?:i|to) (?:would |could |will |might |should )?do it{_END}"
        r"|how many (?:it would take|would it take|i would need|i would have to take|to take))"
        r"|(?P<v3>do it|doing it) (?P<act3>this time)(?! (?:properly|right|better|differently))",
        "through how time",
    ),
    _rule(
        "kinds/not-anyones-problem",
        "suicide",
        False,
        r"(?P<v>will not|not going to|never|soon|no longer|not) (?:have to )?(?:be )?"
        r"(?P<act>(?:anyone's|anybody's|everyone's|your|their|a) (?:problem|burden|bother)"
        r"(?: (?:for|to) (?:anyone|anybody|everyone|you|them))?(?: anymore| much longer| for long)?"
        rf"{_END})",
        "problem burden bother",
        negatable=False,
    ),
    _rule(
        "kinds/favour-by-not-being-here",
        "suicide",
        False,
        r"(?P<v>favour|favor|kindness|relief|blessing|gift|service) (?:to |for )?(?:everyone |everybody "
        r"|them |you all |the world |my family )?(?P<act>(?:by|if) (?:i |me )?(?:was |were |am )?"
        r"(?:not being|not|no longer|disappearing|disappeared|vanishing|vanished|gone|leaving for good)"
        r"(?: (?:here|around|alive|existing|exist))?)",
        "here around alive existing exist disappearing disappeared vanishing vanished gone good",
        negatable=False,
    ),
    _rule(
        "kinds/better-off",
        "suicide",
        False,
        r"(?P<v>everyone|everybody|they|people|the world|my family|my kids|my children|you all|all"
        rf"|them) (?:would|will|will all|would all|are) (?:be )?(?P<act>better off{_END}"
        r"|better off (?:\. |, )?without (?:me|us)|better off (?:\. |, )?if i (?:was|were|am|had)"
        r" (?:gone|not|never|dead|no longer))",
        "off",
        negatable=False,
        who="self",
    ),
    _rule(
        "kinds/done-living",
        "suicide",
        False,
        r"(?P<v>done|finished|had enough of|enough of|tired of|sick of|exhausted from|fed up of"
        r"|fed up with|so tired of|over|weary of|done with) (?P<act>(?:living|life|being alive|existing"
        r"|fighting to (?:stay alive|live|keep going|stay here|be here)|trying to stay alive"
        rf"|staying alive|this life|my life|being here|breathing){_END}"
        r"|(?:living|life|existing|being alive|breathing) (?:anymore|now|for good|forever))",
        "living life alive existing here breathing",
        negatable=False,
    ),
    _rule(
        "kinds/leave-this-world",
        "suicide",
        False,
        r"(?P<v>leave|left|leaving|exit|exiting|depart|departing|check out of|checking out of|gone from"
        r"|say goodbye to|saying goodbye to|ready to leave) (?P<act>(?:this|the) (?:world|earth|planet|life)"
        r"(?! (?:a |as |better|behind|cup|stage|final|world|tour|championship|cup)))",
        "world earth planet life",
        who="self_only",
    ),
    _rule(
        "kinds/at-the-edge",
        "suicide",
        False,
        r"(?P<v>stand|standing|stood|stands|step|stepping|stepped|steps|lean|leaning|leaned|sit|sitting"
        r"|sat|climb|climbed|climbing|walk|walked|walking|go|going|went|drive|driving|drove) "
        rf"(?:{gap(2)})?(?P<act>(?:closer to |on |over |near |at |to |up to )?(?:the )?edge of "
        r"(?:the |a )?(?:roof|bridge|platform|cliff|building|car park|balcony|tracks|track|multi storey"
        r"|motorway bridge)|to the (?:bridge|tracks|cliff|roof|cliffs) and (?:stand|standing|stood|look"
        r"|looking|stare|staring|wait|waiting|sit|sitting))",
        "edge stand standing stood look looking stare staring wait waiting sit sitting",
        who="self_only",
    ),
    _rule(
        "kinds/looking-differently",
        "suicide",
        False,
        r"(?P<v>look|looking|looked|stare|staring|stared|see|seeing) (?:at )?(?P<act>(?:the |a |that )?"
        r"(?:train tracks|railway|railway line|tracks|bridge|trains|cliff|cliffs|roof|balcony|motorway"
        r"|river|high bridge) (?:differently|in a different way|and think|and wonder|a bit too long"
        r"|for too long))",
        "differently way think wonder long",
        who="self_only",
    ),
    _rule(
        "kinds/own-funeral",
        "suicide",
        False,
        r"(?P<v>picture|picturing|pictured|imagine|imagining|imagined|planning|plan|planned|plans"
        r"|thinking about|think about|thought about|dream about|dreaming about|fantasi[sz]e about"
        r"|fantasi[sz]ing about|wrote|written|writing|choose|choosing|chose|pick|picking|picked"
        r"|play at|played at|say at|said at) "
        rf"(?:{gap(4)})?(?P<act>my (?:own )?funeral)(?! (?:plan|plans|wishes|insurance|fund))",
        "funeral",
        who="self_only",
    ),
    _rule(
        "kinds/ideation",
        "suicide",
        False,
        r"(?P<v>the|my|having|had|have|been|with|of|passive|active|suicidal) (?P<act>ideation)"
        r"|(?P<v2>dark|bad|old|those|suicidal|intrusive|scary) (?P<act2>thoughts (?:are|is|have|have been"
        r"|keep|keeps) (?:back|coming back|come back|returned|returning|louder|getting worse|worse))",
        "ideation thoughts",
        topic=True,
    ),
    _rule(
        "kinds/stay-asleep",
        "suicide",
        False,
        r"(?P<v>sleep|asleep|bed) (?P<act>and (?:stay asleep|never (?:wake|come back|come round|get up)"
        r"|not (?:wake|come back|get up))|(?:and )?stay asleep (?:forever|for good|for ever))",
        "asleep wake come get stay",
        negatable=False,
        who="self_only",
    ),
    _rule(
        "kinds/not-being-here",
        "suicide",
        False,
        r"(?P<v>to|about|of|by|is|was) (?P<act>not (?:be|being) (?:here|around|alive)(?! (?:for|at|on|in"
        r"|when|next|this|tomorrow|tonight|by|because|till|until|during|over|today)))",
        "here around alive",
        negatable=False,
        who="self_only",
    ),
    _rule(
        "kinds/it-all-over",
        "suicide",
        False,
        r"(?P<v>waiting|wait|want|wanted|need|wish|wishing|hoping|hope|ready|praying|pray) (?:for )?"
        r"(?P<act>(?:it all|everything|my life|all of it|life) to (?:be over|end|stop|finish)"
        r"(?: (?:for good|forever|permanently|now|already))?)(?! (?:so|and|because|then|before|until|by))",
        "over end stop finish",
        negatable=False,
        who="self_only",
    ),
    # -- self-harm ----------------------------------------------------------
    _rule(
        "kinds/blade-on-skin",
        "self_harm",
        True,
        r"(?P<v>blade|blades|razor|razors|sharpener|sharpeners|scissors|glass|lighter|compass) "
        rf"(?:{gap(3)})?(?P<act>(?:on|to|into|across|against|over) my {_SKIN})"
        r"|(?P<v2>back|went back|going back|go back|returned|return|reached|reaching) (?:to |for )"
        r"(?P<act2>(?:the|my) (?:blade|blades|razor|razors|sharpener|lighter))",
        "arm arms wrist wrists leg legs thigh thighs skin stomach hip hips forearm forearms ankle "
        "ankles body chest side sides blade blades razor razors sharpener lighter",
    ),
    _rule(
        "kinds/need-to-bleed",
        "self_harm",
        False,
        r"(?P<v>need|needs|needed|want|wants|wanted|urge|urges|crave|craving|deserve|deserved|have)"
        r" to (?P<act>bleed|see blood|feel (?:the )?pain|feel it hurt|feel physical pain)"
        r"(?! (?:from|after|because|for (?:a|the)))",
        "bleed blood pain hurt",
        who="self_only",
    ),
    _rule(
        "kinds/what-i-do-to-my-body",
        "self_harm",
        False,
        r"(?P<v>what i|what i have|what i have been|what i) (?P<act>(?:do|did|done|doing) to my "
        rf"{_SKIN})",
        "arm arms wrist wrists leg legs thigh thighs skin stomach body chest",
        who="self_only",
    ),
    _rule(
        "kinds/punish-myself",
        "self_harm",
        False,
        r"(?P<v>skip|skipping|skipped|starve|starving|starved|not eat|not eating|stop eating|stopped "
        r"eating|hit|hitting|scratch|scratching|burn|burning|pinch|pinching|bite|biting|hurt|hurting"
        r"|deny|denying) (?:{g})(?P<act>(?:to |as a way to |as |and )?punish (?:myself|me)"
        r"|(?:as )?(?:a )?punishment)".replace("{g}", gap(3)),
        "punish punishment",
        who="self_only",
    ),
    _rule(
        "kinds/relapse",
        "self_harm",
        False,
        r"(?P<v>i|i have|i just|and|but) (?P<act>relapsed)(?=(?: [,.])| $| again| tonight| last| today"
        r"| yesterday| after)"
        r"|(?P<v2>days|weeks|months|day|week|month) (?P<act2>(?:of not|without) (?:cutting|selfharm"
        r"|hurting myself|burning myself|scratching)|clean(?: [,.])? (?:{g})(?:relapsed|not sure i will"
        r" make it|ruined|gone|reset|back to (?:zero|day one|0)))".replace("{g}", gap(4)),
        "relapsed cutting selfharm myself scratching not ruined gone reset back",
        negatable=False,
    ),
    _rule(
        "kinds/fresh-cuts",
        "self_harm",
        False,
        r"(?P<v>fresh|new|deep|more|open) (?P<act>(?:cuts|wounds|burns|scratches) (?:on|over|across|from"
        rf"|in) (?:my|his|her|their|the) (?:{W} )?{_SKIN}|(?:cuts|wounds)(?! of| from (?:the|a|my) "
        r"(?:cat|dog|brambles|fall|bike)))"
        r"|(?P<v2>new) (?P<act2>ones over the old ones)",
        "cuts wounds burns scratches ones",
    ),
    # -- harm from others ---------------------------------------------------
    _rule(
        "kinds/passive-hit",
        "abuse",
        True,
        r"(?P<v>get|gets|got|getting|been|was|were|am|is|being) (?P<act>slapped|hit|beaten|beaten up"
        r"|punched|kicked|smacked|choked|strangled|shoved|pushed around|knocked about|knocked around"
        r"|thrown around|battered|raped|assaulted|molested|groped|drugged|spiked|attacked|thumped"
        r"|whipped|belted|strangled|shaken)(?P<tail> (?:again|at home|by (?:him|her|them|my|someone|a guy"
        rf"|a man|my {W})|when|if|for|every|all the time|a lot|sometimes|most|whenever|because)|{_END})",
        "slapped hit beaten punched kicked smacked choked strangled shoved pushed knocked thrown "
        "battered raped assaulted molested groped drugged spiked attacked thumped whipped "
        "belted shaken",
        who="against_me",
        negatable=True,
    ),
    _rule(
        "kinds/gets-rough",
        "abuse",
        False,
        r"(?P<v>gets|got|get|getting|been|is|was|becomes|became|being|turns|turned|goes|went) "
        r"(?:a bit |quite |too |really |very |pretty )?(?P<act>rough|physical|handsy|violent|heavy handed)"
        r"(?: with (?P<obj>me|us|her|him|them))?(?= when| after| if| again| sometimes| whenever| with"
        r"| [,.]| $| and| at)",
        "rough physical handsy violent handed",
        who="against_me",
        # Someone is rough, not a week or a sea: "my week was rough" is no harm.
        needs=_SOMEONE_CLOSE,
    ),
    _rule(
        "kinds/next-to-me",
        "abuse",
        False,
        r"(?P<v>punch|punches|punched|punching|hit|hits|hitting|kick|kicks|kicked|kicking|smash|smashes"
        r"|smashed|smashing|slam|slams|slammed|throw|throws|threw|throwing|thrown|bang|bangs|banged)"
        r" (?:the |a |his |her )?(?:wall|walls|door|doors|things|stuff|plates|objects|furniture|chair"
        rf"|chairs|cups|glasses|phone) (?:{gap(3)})?(?P<act>(?:next to|near|beside|by|at|towards"
        r"|past|right by|inches from) (?P<obj>me|my head|my face|us|her|her head|him|them))",
        "me head face us her him them",
        who="against_me",
    ),
    _rule(
        "kinds/threatening-messages",
        "abuse",
        False,
        r"(?P<v>sending|sends|sent|send|getting|get|got|gets|receiving|received|leaving|leaves|left"
        r"|keeps sending|keep getting)(?: (?P<obj>me|us|her|him|them))? (?:{g})(?P<act>(?:threatening"
        r"|abusive|threat|scary|creepy) (?:messages|texts|voicemails|calls|emails|letters|dms|notes"
        r"|comments))".replace("{g}", gap(2)),
        "messages texts voicemails calls emails letters dms notes comments",
        who="against_me",
    ),
    _rule(
        "kinds/will-find-me",
        "abuse",
        False,
        r"(?P<v>he|she|they|him|her) (?:would|will|is going to|will always|would always|could|can"
        r"|said he would|said she would|says he will|says she will) (?P<act>(?:find|track|hunt|come"
        rf" after) (?P<obj>me|us)(?: (?:down|wherever|anywhere|no matter|if|when|again)|{_END}))",
        "find track hunt after",
        who="against_me",
        negatable=False,
    ),
    _rule(
        "kinds/control-money-phone",
        "abuse",
        False,
        r"(?P<v>takes|took|take|taking|has|keeps|kept|controls|control|controlling|holds|held|steals"
        r"|stole|stealing|spends|spent|checks|checked|checking|reads|read|monitors|monitoring|tracks"
        r"|tracked|tracking|broke|smashed|hid|hides|hiding|confiscated|confiscates)"
        r" (?:all (?:of )?)?(?P<act>(?P<obj>my|our|her|his|their) (?:money|wages|salary|pay|pension"
        r"|benefits|bank card|bank cards|cards|passport|savings|phone|location|messages|texts|keys"
        r"|car keys|every move|whereabouts|documents|id)"
        r"(?: (?:so|and|every|when|if|to|i can not|i could not|without)| [,.]| $))",
        "money wages salary pay pension benefits card cards passport savings phone location "
        "messages texts keys move whereabouts documents id",
        who="against_me",
        needs=_SOMEONE_CLOSE,
    ),
    _rule(
        "kinds/controls-what-i-do",
        "abuse",
        False,
        r"(?P<v>controls|controlled|controlling|decides|decided|chooses|chose|picks|dictates|monitors"
        r"|tracks|checks|tells me) (?P<act>everything(?: i do)?(?= [,.]| $| i| about)|what i (?:wear|eat"
        r"|say|spend|do|buy)|who i (?:see|talk|text|speak|message|am friends|can see|can talk)"
        r"|where i (?:go|am|can go)|when i (?:can|sleep|eat|leave))",
        "everything wear eat say spend do buy see talk text speak message friends go am can sleep "
        "leave",
        who="against_me",
    ),
    _rule(
        "kinds/not-allowed",
        "abuse",
        False,
        r"(?P<v>not allowed|never allowed|no longer allowed|forbidden|banned) (?P<act>(?:to have |a |my"
        r" own |my )(?:phone|money|bank card|passport|keys|friends|own money|job)(?! for| at| in class)"
        r"|to (?:leave the house|leave the flat|go out alone|see my (?:friends|family|mum|mom|dad|parents"
        r"|sister|brother)|have friends|go anywhere|work|have money|speak to anyone|talk to anyone"
        r"|call anyone|lock the door|eat (?:until|till|unless|without)))",
        "phone money card passport keys friends job leave go see have work speak talk call lock eat",
    ),
    _rule(
        "kinds/nobody-would-believe-me",
        "abuse",
        False,
        r"(?P<v>says|said|tells|told|threatens|threatened|reminds|keeps saying|always says|telling)"
        r" (?:me )?(?:that )?(?P<act>(?:nobody|no one|noone|nobody else) (?:would|will|is going to|could)"
        r" (?:ever )?(?:believe|want|love|miss|help|care about) (?:me|us)"
        r"|(?:not|never) to tell (?:anyone|anybody|my mum|my mom|my dad|my parents|the teacher)"
        r"|(?:it is|this is|it was|that is) (?:our|a) (?:little )?secret)",
        "believe want love miss help about tell secret",
        who="against_me",
        negatable=False,
    ),
    _rule(
        "kinds/pressured-into",
        "abuse",
        False,
        r"(?P<v>pressures|pressured|pressuring|pressure|pushes|pushed|forces|forced|forcing|makes|made"
        r"|making|guilts|guilted|coerces|coerced|talks|talked) (?P<obj>me|us|her) (?:into|to) "
        rf"(?:{gap(5)})?(?P<act>(?:i|she|we) (?:do|did|does) not (?:want|like)|i am not (?:ok|okay|comfortable)"
        r"|i said no|i do not want to do|i did not want to do)",
        "want like ok okay comfortable no do",
        who="against_me",
        negatable=False,
    ),
    _rule(
        "kinds/spiked",
        "abuse",
        False,
        r"(?P<v>i was|i got|i have been|someone|somebody|he|she|they|i think i was|i think someone)"
        r" (?P<act>(?:drugged|spiked) (?:me|my drink|my drinks)|drugged|spiked)(?! (?:the punch|with fun))",
        "drugged spiked",
        who="against_me",
        negatable=False,
    ),
    _rule(
        "kinds/scares-me",
        "abuse",
        False,
        r"(?P<v>someone|somebody|he|she|a man|a guy|my (?:{W} )?(?:husband|wife|partner|boyfriend"
        r"|girlfriend|ex|dad|father|stepdad|stepfather|mum|mom|mother|stepmum|stepmother|brother|son"
        r"|carer|flatmate|housemate|roommate|uncle)) (?:who )?(?P<act>(?:scares|frightens|terrifies"
        r"|threatens) me(?! (?:with (?:his|her|their) (?:jokes|pranks|driving|masks)|when (?:he|she) jumps"
        r"|for fun| lol)))"
        r"|(?P<v2>scared|afraid|frightened|terrified) (?P<act2>(?:to go home|of going home|to be at home"
        r"|to be alone with (?:him|her|them)|of what (?:he|she|they) (?:will|would|might) do"
        r"|of (?:my|him|her) (?:husband|wife|partner|boyfriend|girlfriend|ex|dad|father|stepdad"
        r"|stepfather|mum|mom|mother|stepmum|carer)?(?= [,.]| $| because| when| and)))".replace(
            "{W}", W
        ),
        "scares frightens terrifies threatens home alone do husband wife partner boyfriend "
        "girlfriend ex dad father stepdad stepfather mum mom mother stepmum carer him her",
        who="against_me",
    ),
    _rule(
        "kinds/locked-out",
        "abuse",
        False,
        r"(?P<v>kicked|kicks|threw|throws|locked|locks|shut|shuts|chucked|chucks) (?P<obj>me|us) "
        r"(?P<act>(?:out|in)(?: of (?:the house|the flat|home|my room|the car))?(?: in the (?:snow|rain"
        r"|cold|dark)| at night| for (?:days|hours|the night)| without| again| [,.]| $| and))",
        "out in",
        who="against_me",
    ),
    _rule(
        "kinds/eggshells",
        "abuse",
        False,
        r"(?P<v>walk|walking|walked|tiptoe|tiptoeing) (?P<act>on eggshells (?:{g})(?:he|she|him|her"
        r"|his|because of (?:his|her|their|my (?:husband|wife|partner|boyfriend|girlfriend|dad|mum|mom"
        r"|stepdad|stepmum|father|mother))|temper|so (?:he|she) does not))".replace("{g}", gap(4)),
        "he she him her his temper because does",
        who="against_me",
        negatable=False,
    ),
    _rule(
        "kinds/into-my-bed",
        "abuse",
        False,
        r"(?P<v>tried to|tries to|trying to|keeps trying to|wants to|wanted to|comes|came|gets|got"
        r"|climbs|climbed) (?P<act>(?:get |come |climb )?(?:into|in) (?:my bed|bed with me|the shower"
        r" with me|the bath with me|my room at night))",
        "bed shower bath night",
        who="against_me",
    ),
    # -- harm to others -----------------------------------------------------
    _rule(
        "kinds/revenge",
        "harm_to_others",
        False,
        r"(?P<v>get|getting|got|take|taking|plan|planning|planned|plot|plotting|want|wanting|seek"
        r"|seeking|need|going to get) (?:my )?(?P<act>revenge(?: on (?:him|her|them|{o}))?(?: [,.]| $"
        r"| and| it| for| they| he| she))".replace("{o}", _OBJ),
        "revenge",
        who="intent_other",
    ),
    _rule(
        "kinds/make-them-pay",
        "harm_to_others",
        False,
        r"(?P<v>make|making|made) (?P<obj>him|her|them|you|that (?:{W} )?{P}) (?P<act>suffer|bleed"
        r"|regret (?:it|this|that|everything|what)|pay(?=(?: [,.])| $| for (?:this|that|what|everything)"
        r"| with| in blood| dearly))".replace("{W}", W).replace("{P}", PERSON),
        "suffer bleed regret pay",
        who="intent_other",
    ),
    _rule(
        "kinds/hurt-someone-now",
        "harm_to_others",
        False,
        r"(?P<v>could|might|will|going to|want to|feel like|scared i will|afraid i will|worried i will)"
        r" (?:{g})(?P<act>(?:hurt|kill|hit|attack|stab|punch|strangle|seriously hurt) (?:someone|somebody"
        r"|anyone|anybody|people|everyone|everybody)(?! (?:with (?:words|kindness)|by accident)))".replace(
            "{g}", gap(1)
        ),
        "someone somebody anyone anybody people everyone everybody",
        who="intent_other",
    ),
    _rule(
        "kinds/run-them-over",
        "harm_to_others",
        False,
        r"(?P<v>thinking of|thinking about|want to|wanted to|going to|will|planning to|fantasi[sz]ing"
        r" about|fantasi[sz]e about|dream about|imagine|imagining|could|tempted to) "
        r"(?P<act>(?:running|run|driving|drive|mowing|mow|knocking|knock) (?:{o}) (?:over|down))".replace(
            "{o}", _OBJ
        ),
        "over down",
        who="intent_other",
    ),
    _rule(
        "kinds/weapon-for-someone",
        "harm_to_others",
        True,
        r"(?P<v>bought|got|buy|get|getting|carry|carrying|took|take|taking|bring|brought|have|sharpened"
        r"|hid|hidden) (?:a|my|the|a big) (?P<act>(?:knife|gun|blade|bat|baseball bat|weapon|crowbar"
        r"|hammer|machete) (?:{g})(?:to|for|and (?:go|going|wait)) (?:deal with|sort|sort out|get|handle"
        r"|teach|use on|meet|see|confront|visit|go after|wait for|hurt|scare) (?:him|her|them|{o}))".replace(
            "{g}", gap(2)
        ).replace("{o}", _OBJ),
        "him her them " + PERSON_NOUNS,
        who="intent_other",
    ),
    _rule(
        "kinds/shook-the-baby",
        "harm_to_others",
        True,
        r"(?P<v>shook|shake|shaking|shaken|throttled|smothered) (?P<act>(?:the|my|our|his|her) (?:baby"
        r"|newborn|toddler|infant|son|daughter|kid|child|little one))",
        "baby newborn toddler infant son daughter kid child one",
        who="intent_other",
    ),
)
