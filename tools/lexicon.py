"""What the words guests use name, in the languages they write: allergens, diets, seats and occasions.

Patterns are matched case-folded (``tools.folding``); scripts without spaces get their own tables.
"""

from __future__ import annotations

import re
from typing import Final

from tools.folding import folded

ALLERGENS: Final[list[tuple[str, tuple[str, ...]]]] = [
    (
        r"peanuts? only|only peanuts?|just peanuts?|(?:arachides?|cacahu[èe]tes?) (?:seulement|uniquement)|(?:seulement|uniquement) (?:les |aux )?(?:arachides?|cacahu[èe]tes?)|nom[ée]s (?:als? )?cacauets?|solo (?:le |me |nos )?pasa con (?:los |el )?(?:cacahuetes?|cacahuates?|man[ií]es|man[ií])|solo (?:es |son )?(?:a )?(?:los |al )?(?:cacahuetes?|cacahuates?)|solo (?:es |son )?(?:a )?(?:los |al )?man[ií]|(?:man[ií]|cacahuetes?|cacahuates?) solamente|solamente (?:al? )?(?:los |el )?(?:man[ií]|cacahuetes?|cacahuates?)|solo (?:alle |le )?arachidi|seulement (?:aux |les )?arachides|arachides? uniquement|arachides? seulement|uniquement (?:aux |les )?arachides?|"
        r"nur (?:gegen )?erdn[üu]ss\w*|alleen pinda'?s?",
        ("Peanut",),
    ),
    (r"nuts? (?:of|from) (?:the )?trees?", ("Tree Nut",)),
    (
        r"peanut[sz]?|pea nut[sz]?|penuts?|pinuts?|peanus|penaut?s|pinottes?|p-?nuts?|groundnuts?|pistach|piseanna talún|kacang tanah|moong ?phali|moongfali|mung ?fali|mungphali|cacauets?|cacahuetes?|cacahuates?|kakahuates?|đậu phộng|cacahu[èe]tes?|cacahou[èe]tes?|man[ií]|arachides?|amendoi[mn]s?|arachidi|erdn[üu]s+\w*|"
        r"jordn[öø]t\w*|ara[šs][íi]d\w*|f[öo]ldimogyor[óo]\w*|jordn[øo]dd\w*|pean[øo]tt\w*|orzeszk\w* ziemn\w*|yer f[ıi]st[ıi][gğ]\w*|f[ıi]st[ıi][kgğ]\w*|арахис\w*|pinda'?s?|φιστίκια|αράπικα φιστίκια",
        ("Peanut",),
    ),
    (
        r"tre{1,2}[ -]?nut[sz]?|walnuts?|almonds?|cashews?|caj[uú]|anacardos?|amandes?|noisettes?|pistaches?|noix de (?:cajou|p[ée]can|macadamia|grenoble)|noix du br[ée]sil|pignons?(?: de pin)?|pi[ñn]ones|pecanas?|pistachios?|hazelnuts?|pecans?|macadamias?(?: nuts?)?|cashew nuts?|pecan nuts?|brazil nuts?|filberts?|pine ?nuts?|praline|marzipan|frangipane|noix(?! de saint-jacques)|fruits [àa] coque|nue[cs]es|almendras?|avellanas?|avellanes|ametlles?|pistachos?|noci|nocciole|mandorle|castanhas?|nozes|am[êe]ndoas|avel[ãa]s?|"
        r"lew[żz]|nuez de la india|nuez(?! moscada)|haseln[üu]ss\w*|waln[üu]ss\w*|mandel\w*|cashewn[üu]ss\w*|hạt điều|óc chó|hạnh nhân|hasseln[öø]t\w*|valn[öø]t\w*|mandl\w*|cashewn[öø]t\w*|"
        r"orzech\w* (?:laskow\w*|w[łl]osk\w*|nerkowc\w*|pekan\w*)|migda[łl]\w*|f[ıi]nd[ıi]k\w*|ceviz\w*|badem\w*|грецк\w* орех\w*|миндал\w*|фундук\w*|"
        r"hazelnoten|walnoten|amandelen|cashewnoten|frutta a guscio|kacang mete|pistacchi\w*|kasoy|di[óo]allergi\w*|καρύδι\w*|αμύγδαλ\w*",
        ("Tree Nut",),
    ),
    (
        r"(?<!not all )(?<!\bpea )nut+[sz]?|o[řr]ech\w*|frutos? secos?|fruits secs|frutta secca|noten\w*|n[øöo]tt?e?allergi\w*|n[øo]ddeallergi\w*|cnónna|gcnónna|cnau|gnau|kacang(?! tanah| mete)|n[üu]sse|nuss(?!ecke|zopf|kuchen|schnecke|torte|nougat)\w*|ξηρο[ίύ] καρπ\w*|n[öø]tter|n[øo]dder|orzech\w*|орех\w*|kuruyemi[sş]\w*",
        ("Tree Nut", "Peanut"),
    ),
    (
        r"shel+ ?fish|sea ?food(?= allerg| intoleran)|(?<=allergic to )sea ?food|(?<=allergic to all )sea ?food|(?<=allergy to )sea ?food|prawns?|shrimps?|crabe?s?|lobsters?|langoustes?|[ée]crevisses?|centollos?|centollas?|n[ée]coras?|tourteaux?|gamba|crayfish|crawfish|langoustines?|scampi|krill|crustaceans?|mariscos|fruits de mer|gambas|cangrejos?|langostas?|bogavantes?|jaibas?|cigalas?|quisquillas?|camarones|langostinos?|crevettes?|homards?|gamberi|crostacei|camar[õo]es|marisco|crustac[ée]s|crusta(?:c|ss)[ée]s?|crust[áa]ceos|crev[eè]tt?es?|frutti di mare|garnalen|schaaldieren|camar[ãa]o|camar[óo]n|lagostas?|"
        r"meeresfr[üu]chte|garnelen\w*|krebstier\w*|skaldjur|skal+dyr|r[äa]kor|rejer|reker|hummer|krabb\w*|krewet\w*|skorupiak\w*|"
        r"karides\w*|kabuklu\w*|udang|gambes|kribich|hipon|alimango|γαρίδ\w*|οστρακοειδ\w*|αστακ\w*|καβούρ\w*|креветк\w*|ракообразн\w*|краб\w*|kreeft|krab|schalentiere|garn[ée]lar[áa]k|hom[áa]r|krustentier\w*|astice|aragost[ae]|gamber\w*|granchi[oi]?|mazzancoll\w*",
        ("Shellfish",),
    ),
    (
        r"molluscs?|mollusks?|moluscs?|moluscos|pieuvres?|hu[îi]tre|almejas?|mejill[óo]n(?:es)?|berberechos?|bigorneaux?|caracoles|(?<=los )locos|machas?|choritos?|choros?|conchas? negras?|conchitas?|mussels?|oysters?|clams?|scallops?|squid|octopus|calamari|snails?|escargots?|cockles?|whelks?|winkles?|periwinkles?|conchs?|abalone|cuttlefish|limpets?|razor clams?|moules?|hu[îi]tres|coquillages?|mexilh[ãa]o|v[ôo]ngoles?|ostra|musclos|clo[ïi]sses|ostion(?:es)?|callos de hacha|vieiras?|zambur[ií][ñn]as?|mejiyones|berberechos|navajas|chipirones|sepias?|p[ée]toncles?|(?:coquilles? )?saint-jacques|calamar(?:es|s)?|pulpo|almejas|mejillones|lulas?|(?<!al )(?<!el )(?<!del )(?<!los )polvos?|"
        r"mexilh[õo]es|ostras|cozze|vongole|ostriche|pusit|tahong|talaba|p[āa]ua|tuatua|pipis?|καλαμάρ\w*|χταπόδι\w*|μύδια|στρείδια|kerang|cumi|musslor|bl[åa]skjell|muslinger|ostron|[öø]sters|ma[łl][żz]\w*|ostryg\w*|kalmar\w*|ośmiornic\w*|midye|"
        r"istiridye|kalamar|мидии|устриц\w*|кальмар\w*|моллюск\w*|mosselen|oesters|inktvis|molluschi|mollusques|weichtiere|muscheln|weekdieren|tintenfisch\w*|sotong|lala|calmars?|poulpes?|seiches?|encornets?|bulots?|palourdes?|capesante|seppi\w*|polpo|polipo",
        ("Mollusc",),
    ),
    (
        r"peix|ħut|fsh|fissh|(?<=\bau )poison|fish(?! (?:and|&|n) chips| pie| tacos?| fingers?| cakes?)|fin ?fish|salmon|tuna|cod|anchov(?:y|ies)|pescado|poisson|morue|cabillaud|anchois|at[úu]n|salm[óo]n|truites?|anchoas?|boquerones|caballa|doradas?|dorades?|espadon|pez espada|fl[ée]tan|harengs?|lenguados?|lubinas?|maquereaux?|merlus?|sardinas?|truchas?|haddock|halibut|sardines?|mackerel|trout|sea ?bass|bream|"
        r"swordfish|stockfish|saltfish|whitebait|eels?|fish roe|caviar|hake|plaice|dover sole|lemon sole|monkfish|herring|pollock|tilapia|catfish|turbot|snapper|bacalao|bacalhau|merluza|"
        r"saumon|thon|fish sauce|fisk|ryb\w*|bal[ıi]k\w*|рыб\w*|vis|fishes|ψάρι\w*|peixes?|pesce|pesci|fisch\w*",
        ("Fish",),
    ),
    (
        r"dairy|(?<!oat )(?<!soy )(?<!soya )(?<!almond )(?<!coconut )(?<!rice )(?<!plant )(?<!oat-)milk|lactose|(?<!cashew )(?<!vegan )(?<!nut )(?<!almond )(?<!soy )cheese|(?<!peanut )(?<!nut )(?<!almond )(?<!cashew )(?<!apple )(?<!cocoa )(?<!shea )butter|cream|yogh?urt|ghee|whey|casein|mozzarella|parmesan|ricotta|brie|camembert|lait|leche(?! de tigre)|nata|mantequilla|yogur(?:es)?|yaourts?|laiti(?:er|ers|[èe]res?)|(?<!de )cr[èe]me(?! br[ûu]l[ée]e| caramel| anglaise| de marrons)|beurre(?! de cacahu| d'arachide)|diary(?= (?:and|or|&|free|products?|allerg\w*|alergy|alergi\w*|intoleran\w*|sensitivit(?:y|ies))\b)|(?<=to )diary|(?<=no )diary|(?<=have )diary|(?<=eat )diary|l[aá]cteos|paneer|halloumi|kefir|dahi|doodh|gatas|produits laitiers|fromage|queso|leite|latte|latticini|formaggio|queijo|lattosio|latticin\w*|"
        r"milch(?!frei)\w*|kuhmilch\w*|laktose(?!frei)\w*|laktos(?!efrei)\w*|lakt[óo]z\w*|lactosa|susu|melk|zuivel|koemelk|mj[öo]lk\w*|m[æa]lk|mejeri\w*|meieri\w*|mlek\w*|mleczn\w*|nabia[łl]\w*|laktoz\w*|"
        r"s[üu]t|s[üu]t [üu]r[üu]n\w*|молок\w*|молочн\w*|лактоз\w*|γάλα|γαλακτοκομικ\w*|λακτόζη",
        ("Dairy",),
    ),
    (
        r"eggs?|egs|egss|itlog|vejce|huevos?(?! rancheros| divorciados| motule[ñn]os)|(?<!h)uevos?|huebos?|guevos?|l'ou|ous|oeufs?|œufs?|jaj(?:ka|ek)|jajk\w*|(?<!\ben )(?<!\bde )(?<!\bdel )(?<!\bel )mayo(?:nnaise)?|meringues?|aioli|[äa]gg|æg|yumurta\w*|яйц\w*|eieren|ei(?:er)?allergie|vejce|αυγ[άό]|ovos?|uova|uovo|eier|ei",
        ("Egg",),
    ),
    (
        r"glut+[eo]n|gl[úu]ten|wheat|blat|barley|rye|(?<!\bis )(?<!\bwas )(?<!\bare )(?<!\bbe )(?<!\bbeen )(?<!\bname )spelt(?! (?:with|as|like|wrong|correctly|right|differently)\b)|semolina|couscous|bulgur|seitan|farro|durum|bl[ée]|trigo|cebada|weizen\w*|lúa mì|glutine|frumento|vete|hvede|"
        r"pszenic\w*|lepek|lepku|bu[ğg]day|glüten\w*|глютен\w*|пшениц\w*|tarwe|γλουτένη|gandum|gluten(?:intoleran\w*|allergi\w*)",
        ("Gluten",),
    ),
    (
        # Spanish "soy" is "I am": not the allergen before the words that follow it there
        r"(?<!lo )(?<!yo )(?<!que )(?<!porque )(?<!te )(?<!pero )soy(?!\s+(?:al[ée]rgic\w*|musulm[áa]n\w*|jud[íi]\w*|cat[óo]lic\w*|hind[úu]\w*|sincer[oa]|intolerante\w*|sensible|diab[ée]tic\w*|vegan\w*|vegetarian\w*|"
        r"cel[ií]ac\w*|s[ei]l[ií]ac\w*|pesc[ae]tarian\w*|allergic|de|del|un|una|muy|la|el|al|fan|cliente|bastante|algo|un poco|super|s[úu]per|m[áa]s|menos|nuev[oa]|madre|padre|estudiante|yo|tambi[ée]n|as[ií]|"
        r"platinum|platino|gold|oro|silver|plata|bronze|bronce|diamond|diamante|vip|miembro|socio|socia|habitual|regular|"
        r"\w+(?:an[oa]s?|ian[oa]?s?|[ií]ac[oa]s?|ic[oa]s?|ante|ente|os[oa]))\b)|"
        # but English "my friend is soy allergic"
        r"(?:(?<=\bis )|(?<=\bam )|(?<=\bare )|(?<=\bwas )|(?<='s )|(?<='m )|(?<='re )|(?<=ly ))soy(?=\s+allergic\b)|soya|soy ?beans?|soja\w*|soia|s[óo]j[aiu]|tofu|tempeh|edamame|miso",
        ("Soy",),
    ),
    (
        r"ajonjol[íi]|gergelim|sesame|s[ée]same|tahini|halva|gomashio|sésamo|sesamo|s[ée]sam\w*|s[ée]zame|sezam\w*|susam|кунжут\w*|σουσάμι|ταχίνι",
        ("Sesame",),
    ),
    (
        r"mù tạt|mu[șşs]tar|mostarda|mostassa|mustard|moutarde|mostaza|dijon|senf\w*|mosterd|senape|senap|sennep|gorczyc\w*|musztard\w*|hardal|горчиц\w*",
        ("Mustard",),
    ),
    (
        r"l'api|cần tây|[țţt]elin[ăa]|aipo|celery|celeriac|c[ée]leri|apio|selderij|sellerie\w*|sedano|selleri|seler\w*|kereviz|сельдере\w*",
        ("Celery",),
    ),
    (r"lupin|lupine|lupin[oi]|lupinen\w*|tremo[çc]os?|altramuz|altramuces|tarwi|chochos?", ("Lupin",)),
    (r"sulph?ur dioxide|sulphites?|sulfites?|sulfitos|solfiti|sulfite?", ("Sulphites",)),
    # Vietnamese: spaced syllables, so word boundaries hold
    (r"tôm|cua|ghẹ|hải sản có vỏ", ("Shellfish",)),
    (r"mực|bạch tuộc|hàu|nghêu|am[êe]ijoas?", ("Mollusc",)),
    (r"cá(?! nhân| em\b| est[áa]\b)", ("Fish",)),
    (r"trứng", ("Egg",)),
    (r"sữa", ("Dairy",)),
    (r"mè|vừng", ("Sesame",)),
    (r"đậu nành", ("Soy",)),
]
# Emoji have no word boundaries: "🥜❌ for me pls, allergic".
EMOJI_ALLERGENS: Final[list[tuple[str, tuple[str, ...]]]] = [
    ("🥜", ("Peanut",)),
    ("🌰", ("Tree Nut",)),
    ("🦐|🦞|🦀", ("Shellfish",)),
    ("🦪|🦑|🐙", ("Mollusc",)),
    # "pescatarian 🐟" pictures the diet, not an allergy
    ("(?<!tarian )(?<!tarien )(?<!tarienne )(?<!tariano )(?<!tariana )(?:🐟|🐠)", ("Fish",)),
    ("🥚", ("Egg",)),
    ("🥛|🧀", ("Dairy",)),
    ("🌾", ("Gluten",)),
]
ALLERGEN_PATTERNS: Final = [(folded(rf"\b(?:{p})\b"), tags) for p, tags in ALLERGENS] + [
    (folded(p), tags) for p, tags in EMOJI_ALLERGENS
]
ANY_ALLERGEN: Final = folded("|".join([*(rf"\b(?:{p})\b" for p, _ in ALLERGENS), *(p for p, _ in EMOJI_ALLERGENS)]))
# Scripts written without spaces (and Korean, whose particles attach to the noun) have no word boundaries:
# an allergen word counts when the clause has the script's word for allergy.
UNSPACED_ALLERGY_CUE: Final = re.compile(
    r"アレルギー|過敏|过敏|敏感|不耐|불내증|알레르기|알러지|민감|응급실|セリアック|乳糜泻|乳糜瀉|셀리악|食べられない|못 먹|אלרג|רגיש|حساسي|تحسس|แพ้|お腹を壊|肚子痛|배탈|"
    r"ਐਲਰਜੀ|الرجی|एलर्जी|इनटॉलरेंस|असहिष्णु"
)
UNSPACED_ALLERGENS: Final[list[tuple[re.Pattern[str], tuple[str, ...]]]] = [
    (re.compile(p), tags)
    for p, tags in [
        (r"אגוזים|مكسرات|المكسرات", ("Tree Nut", "Peanut")),
        (
            r"落花生|ピーナッツ|ピーナツ|花生|땅콩|בוטנים|فول سوداني|الفول السوداني|ถั่วลิสง|ਮੂੰਗਫਲੀ|مونگ پھلی|मूंगफली",
            ("Peanut",),
        ),
        (
            r"(?<!ピー)ナッツ|くるみ|クルミ|アーモンド|カシュー|坚果|堅果|核桃|杏仁|腰果|榛子|견과|호두|아몬드|캐슈|אגוזי מלך|שקד|פיסטוק|קשיו|"
            r"جوز|لوز|فستق حلبي|فستق الحلبي|काजू|बादाम|अखरोट|پستہ|کاجو|بادام",
            ("Tree Nut",),
        ),
        (
            r"えび|エビ|海老|かに|カニ|蟹|甲殻類|虾|蝦|甲壳|새우|꽃게|대게|게살|갑각류|가재|שרימפס|סרטנ|روبيان|جمبري|قشريات|กุ้ง|ปู|झींगा|جھینگ",
            ("Shellfish",),
        ),
        (
            r"イカ|タコ|貝|牡蠣|カキ|ホタテ|あさり|ปลาหมึก|หอย|鱿鱼|章鱼|生蚝|蚝|贝|조개|오징어|문어|홍합|전복",
            ("Mollusc",),
        ),
        (r"(?<![魷章墨鮑])魚|さかな|(?<![鱿章墨鲍])鱼|생선|물고기|דגים|דג|سمك|السمك|ปลา(?!หมึก)|मछली|مچھلی", ("Fish",)),
        (r"卵|たまご|玉子|鸡蛋|雞蛋|蛋|달걀|계란|ביצים|ביצה|بيض|البيض|ไข่|अंड[ाे]|انڈ[اے]", ("Egg",)),
        (
            r"乳製品|牛乳|ミルク|乳|チーズ|牛奶|奶|乳糖|우유|유제품|치즈|유당|חלב|لاكتوز|حليب|الحليب|ألبان|दूध|लैक्टोज़?|دودھ",
            ("Dairy",),
        ),
        (
            r"小麦|グルテン|麸质|麩質|セリアック|乳糜泻|乳糜瀉|셀리악|밀가루|글루텐|גלוטן|غلوتين|جلوتين|قمح|गेहूं|گندم",
            ("Gluten",),
        ),
        (r"大豆|黄豆|대두|(?<!땅)콩(?!나물)|סויה|صويا", ("Soy",)),
        (r"ごま|ゴマ|胡麻|芝麻|참깨|שומשום|سمسم|السمسم", ("Sesame",)),
        (r"からし|マスタード|芥末|겨자|머스터드", ("Mustard",)),
        (r"セロリ|芹菜|셀러리", ("Celery",)),
    ]
]
# Diets, occasions and seats in scripts without spaces, matched on the whole answer.
UNSPACED_TAGS: Final = [
    (re.compile(p), tag)
    for p, tag in [
        (
            r"結婚記念日|記念日|结婚纪念日|结婚周年|結婚週年|周年纪念|결혼기념일|ครบรอบแต่งงาน|วันครบรอบ|ذكرى (?:زواج|الزواج)",
            "Occasion:Anniversary",
        ),
        (
            r"ארוחה עסקית|פגישה עסקית|عشاء عمل|غداء عمل|商务|ビジネス|接待|비즈니스|회식|谈生意|談生意|带客户|帶客戶",
            "Occasion:Business",
        ),
        (r"卒業|毕业|畢業|졸업|昇進|升职|升職|승진", "Occasion:Celebration"),
        (r"セリアック|乳糜泻|乳糜瀉|셀리악", "Dietary:Gluten-Free"),
        (r"誕生日|生日|생일|عيد ميلاد|יום הולדת|जन्मदिन", "Occasion:Birthday"),
        (r"عيد زواج|ذكرى زواج", "Occasion:Anniversary"),
        (r"خطوب|خطبة", "Occasion:Engagement"),
        (r"تخرج|حفلة تخرج", "Occasion:Celebration"),
        (r"طاولة هادئة|مكان هادئ", "Seating:Quiet Table"),
        (r"بعيد[ةا]? عن المطبخ", "Seating:Away From Kitchen"),
        (r"كرسي (?:أطفال|اطفال|للأطفال|طفل)", "Seating:High Chair"),
        (
            r"(?:お?酒|アルコール)を?飲みません|(?:お?酒|アルコール)を?飲まない|不喝酒|술을? ?(?:안|못) ?마|لا (?:أشرب|اشرب|يشرب|نشرب|تشرب) الكحول|ไม่ดื่มแอลกอฮอล์",
            "Dietary:No Alcohol",
        ),
        (r"ベジタリアン|菜食|素食|吃素|食素|채식|มังสวิรัติ|نباتي|צמחוני|शाकाहारी", "Dietary:Vegetarian"),
        (r"吧台|カウンター席", "Seating:Bar Seat"),
        (r"高腳椅|高脚椅|兒童椅|儿童椅|ベビーチェア|유아 ?의자", "Seating:High Chair"),
        (r"על הבר", "Seating:Bar Seat"),
        (r"ヴィーガン|ビーガン|纯素|純素|비건", "Dietary:Vegan"),
        (r"ハラール|清真|할랄|حلال|ฮาลาล", "Dietary:Halal"),
        (r"ไม่(?:ทาน|กิน)หมู", "Dietary:No Pork"),
        (r"כשר|כשרות", "Dietary:Kosher"),
        (
            r"豚肉.{0,4}(?:食べ(?:ません|られ)|ダメ|NG)|不吃猪肉|不吃豬肉|唔食豬肉|唔食猪肉|لا (?:نأكل|آكل|يأكل|تأكل) لحم الخنزير|돼지고기.{0,4}(?:안|못)",
            "Dietary:No Pork",
        ),
        (r"窓側|窓際|靠窗|창가", "Seating:Window"),
        (r"個室|包间|包廂|룸|غرفة خاصة", "Seating:Private Room"),
        (r"부스석?|ブース席", "Seating:Booth"),
        (r"โต๊ะ(?:ที่)?เงียบ|静かな席|安静的|조용한 (?:자리|테이블)", "Seating:Quiet Table"),
    ]
]
# Unspaced, or written right to left, or in a script the spaced tables do not cover.
UNSPACED_SCRIPT: Final = re.compile(r"[\u0590-\u06ff\u0900-\u0a7f\u0e00-\u0e7f\u3040-\u30ff\u4e00-\u9fff\uac00-\ud7af]")
# Where a seat was is not a request: these tables need one in the same sentence.
UNSPACED_REQUEST: Final = re.compile(
    r"想|需要|يحتاج|نحتاج|下次|还要|還要|预约|預約|נשמח|お願い|希望|ください|부탁|원해|请|希望|ขอ|نرجو|أرجو|بدنا|בבקשה|נבקש"
)
# "Shrimp, I used to be allergic, now it's fine, please delete it": a removal in unspaced scripts.
UNSPACED_REMOVAL: Final = re.compile(
    r"כבר לא|להוריד|不吃素了|已经不|已經不|잘못된|잘못 |알레르기 없어|알레르기가 없|لم أعد|이제는 아니|빼 ?주세요|예전엔|寫錯|写错|刪除|沒有對.{0,3}過敏|没有对.{0,3}过敏|以前.{0,8}过敏|已经好了|不再过敏|删掉|删除|以前は|治った|もう大丈夫|예전에|나았|삭제"
)
UNSPACED_ABSENT: Final = re.compile(r"没来|没有来|来不了|不能来|来れなかった|来られなかった|못 왔|안 왔")
UNSPACED_FINE: Final = re.compile(r"^[^，,。、]{0,12}(?:בסדר|没问题|沒問題|大丈夫|괜찮|ได้)")

DIETS: Final[list[tuple[str, str]]] = [
    (
        r"ve[gj][aei]?t[ae]rians?|ve[gj]etarian[oa]s?|wegetarian\w*|veget[áa]ri[áa]n\w*|vegetarisch\w*|вегетариан\w*|ăn chay|veggie|vego|v[ée]g[ée]tarien\w*|vegetarian[oa]s?|vegetarier\w*|vegetar(?:er|erne)?|v[ée]g[ée]|non-?veg nahi|pure veg|veg family|shakahari|χορτοφάγ\w*|"
        r"\d+ ?x ?veg|veg ?x ?\d+|(?:still )?no meat (?:or|nor|and) fish|(?:don'?t|do not) eat meat (?:or|nor|and) fish",
        "Dietary:Vegetarian",
    ),
    (
        r"v[ée]gans?|veg[áa]n|vegen|vegn|veggan|vegan[oaie]|veg[àa]|veganist\w*|veganer\w*|wegan\w*|v[ée]gane|véganes|v[ée]g[ée]talien\w*|vegan[oa]s?|"
        # a person who is plant-based, not a menu that is: "I'm strictly plant based", "Plant-based (vegan) for years"
        r"(?:(?:I'?m|im|I am|we'?re|we are|(?:she|he)'?s|(?:she|he) is|they'?re|they are|been|went|gone|eats?|eating) "
        r"(?:(?:fully|strictly|totally|completely|100%|now|all) )?|^(?:fully |strictly )?)plant[- ]based"
        r"(?! (?:menu|options?|dish(?:es)?|desserts?|food|tasting|omakase|places?|restaurants?|burgers?|milk|alternatives?)\b)",
        "Dietary:Vegan",
    ),
    (
        r"pescatarian|pescetarian|pescatarain|pescaterian|pescitarian|pesc[aei]tarian|pescatarian[oa]|pesc[oa]tari[ëe]r|pesc[eoa]tarier\w*|pesc[eoa]tar|pesc[ée]tarien\w*|pesc[ea]tarian[oa]s?|pesc[ae]tari[ao]n|(?:I |we )?eats? fish but no (?:other )?meat|mangi(?:o|amo|a) solo pesce|geen vlees,? (?:maar )?wel vis|no meat (?:but|except) fish|(?:je )?ne mange pas de viande,? mais (?:du |le )?poisson|no como carne,? pero s[íi] (?:como )?(?:pescado|mariscos)|(?:doesn'?t|don'?t|does not|do not) eat meat (?:except|but|apart from|other than) (?:fish|seafood)|"
        r"ve[gj]\w*tarian\w*,? (?:but|except|who|that|though) (?:I |we )?(?:do |still )?eats? (?:fish|seafood)|"
        r"can have fish,? (?:just |but )?no meat|(?:gave up|given up|stopped eating|no longer eat|cut out|quit) meat[^.]{0,30}\b(?:but|except) (?:I )?(?:still )?(?:have|eat) (?:fish|seafood)",
        "Dietary:Pescatarian",
    ),
    (
        r"glut+[eio]n[- ]?free|co?eliak|gf ?x ?\d+|\d+ ?x ?gf|gf (?:please|pls|plz|options?|menu|pasta)|(?<!the )gf bread|gf ?(?:&|and|/|\+) ?df|df ?(?:&|and|/|\+) ?gf|(?:i'?m|am|we'?re|strictly|need|needs) gf|"
        r"avoid(?:s|ing)? gluten|(?:don'?t|do not|doesn'?t|does not) eat gluten|sans gluten|(?:ne )?mange pas de gluten|coeliakie|z[öo]liakie|c[øo]liaki|целиаки\w*|celiachia|celiaqu[íi]a|celiakia|sin gluten|(?:coeliac|ceoliac|coliac|cel+iac|cea?liac|coealiac|celeac|coelaic|coleiac|celaic)(?:'?s)?|c[ée]liaques?|c[œo]e?liaques?|cel[ií]ac[oa]?s?|celiac[ih]e?|bezglutenow\w*|s[ei]ll?[ií]ac[oa]?|celiaki\w*|[çc][öo]lyak|glutenfrei|senza glutine|sem gl[úu]ten|glutenvrij",
        "Dietary:Gluten-Free",
    ),
    (
        r"dairy[- ]free|diary[- ]free|no dairy|avoid(?:s|ing)? dairy|cut (?:out )?(?:all )?dairy(?: out)?|given up dairy|gave up dairy|(?:don'?t|do not|doesn'?t|does not) eat dairy|(?:doesn'?t|don'?t|does not|do not) do dairy|df (?:please|pls|plz|options?)|gf ?(?:&|and|/|\+) ?df|df ?(?:&|and|/|\+) ?gf|(?:i'?m|am|we'?re|strictly|need|needs) df|milchfrei|aucun produit laitier|sans produits laitiers|sin l[áa]cteos|sem (?:leite|latic[íi]nios)",
        "Dietary:Dairy-Free",
    ),
    (r"hal+al|helal|χαλάλ|حلال|الحلال", "Dietary:Halal"),
    (r"kosher|casher|cacher|koscher|כשר\w*", "Dietary:Kosher"),
    (
        r"no-pork|(?:(?:given|gave|giving) up|no|(?:'s|'m|'re|is|am|are) off|no longer eats?|don'?t eat|doesn'?t eat|do not eat|does not eat|(?:neither|none) of us eats?|avoid\w*|(?:not able to|can'?t|cannot) eat|won'?t (?:touch|eat)|(?:doesn'?t|don'?t) touch)"
        r"(?: [\w ]{1,15} (?:and|or))?(?: the)? (?:pork|pig meat|pigmeat)|sans porc|sin cerdo|"
        r"(?:hindi|di) (?:\w+ )?kumakain ng baboy|kein(?:en)? schweine?fleisch|k[āa]ore (?:au|ahau|m[āa]ua|t[āa]ua) e kai poaka|geen varkensvlees|niente (?:carne di )?maiale|domuz eti ye\w*|δεν τρώ\w* χοιριν\w*|"
        r"pas de porc|ni (?:de )?porc|no (?:como|come|comemos|comen) (?:nada de )?(?:carne de )?(?:cerdo|puerco|chancho|pork)|sin comer (?:carne de )?(?:cerdo|puerco|chancho)|ni (?:yo|nosotros) (?:como|comemos) (?:carne de )?(?:cerdo|puerco|chancho)|no (?:como|come|comemos|comen) [\w ]{2,20}? ni (?:carne de )?(?:cerdo|puerco|chancho)|n[ãa]o (?:como|come|comemos) (?:carne de )?porco|"
        r"sem (?:carne de )?porco|non mangi\w* (?:carne di )?maiale|senza maiale|"
        r"(?:not able to|can'?t|cannot|cant) have (?:the )?pork|pork nahi kh?aa?t[ea]|nej[íi]m vep[řr]ov\w*|spiser ikke (?:svinek[øo]d|svinekj[øo]tt|svin)|(?:intet|ingen|uden) svinek[øo]d|[äa]ter inte (?:fl[äa]sk|gris)",
        "Dietary:No Pork",
    ),
    (
        r"non mangi\w* (?:pi[ùu] )?carne rossa|plus de viande rouge|no longer eating red meat|red meat nahi kh?aa?t[ea]|spiser ikke r[øo]dt kj[øo]tt|[äa]ter inte r[öo]tt k[öo]tt|niente carne rossa|no menj(?:a|o|em|en) carn vermella|không ăn thịt đỏ|не ест\w* красн\w* мяс\w*|kein(?:en)? rotes fleisch|geen rood vlees|pas de viande rouge|ni (?:de )?viande rouge|(?:j'ai )?arr[êe]t[ée] (?:de manger )?(?:la )?viande rouge|"
        r"red meat(?: is|'s) off the menu for (?:me|him|her|us)|"
        r"(?:no|no more|no longer eats?|don'?t eat|doesn'?t eat|do not eat|does not eat|avoid\w*|off|stopped eating|cut out|cut|quit|"
        r"given up|gave up|giving up|can'?t eat|cannot eat|can'?t have|cannot have) (?:any )?(?:red meat|(?:beef|lamb|veal|venison)(?: (?:or|and|nor) (?:beef|lamb|veal|venison))+)|"
        r"(?:no|ya no) come carne roja|n[ãa]o come carne vermelha|carnes? rojas?|carne vermelha",
        "Dietary:No Red Meat",
    ),
    (
        r"(?:no[- ]al(?:ch|c)oh[oa]l|tidak minum alkohol|alcohol (?:bhi )?nahi|sharab nahi|dricker (?:ingen|inte) alkohol|drikker (?:ikke|ingen) alkohol|(?:nem|n[ãa]o) bebo (?:[áa]lcool|bebidas alco[óo]licas)|sem [áa]lcool|no drinks? alcohol|no (?:consumo|tomo) alcohol|nu bea alcool|alkol i[çc]mi\w*|alkol (?:de|da) i[çc]mi\w*|drinkt? geen alcohol|trink\w* keinen? alkohol|non beve|n[ãa]o bebe|ne boit pas|don'?t drink|(?:neither|none) of us drinks?|doesn'?t drink|do not drink|teetotal\w*|sober|non-?alcoholic only|pas d'alcool|ne (?:bois|boit|buvons|boivent) (?:plus|pas|jamais) d'alcool|ne (?:bois|boit|buvons|boivent) plus\b|"
        r"(?:do not|don'?t|doesn'?t) take alcohol|no (?:raw )?(?:fish|sushi|cheese|pork|meat) (?:or|nor|and) alcohol|(?:can'?t|cannot) (?:have|drink|take) (?:any )?alcohol|off (?:the )?(?:alcohol|booze)|nothing alcoholic|(?:stopped|quit) drinking|(?:giving|given|gave) up (?:the )?(?:booze|alcohol|drinking|drink)|avoid\w* alcohol|"
        r"sans alcool|ni d'alcool|aucun alcool|pas d'alcool|astemi[oa]|non bev\w* alcol\w*|(?:niente|n[ée]|senza|no) alcol(?:ici|ico)?|no (?:mirin|sake)(?: or (?:mirin|sake))?|no (?:pork|meat|beef) (?:or|and|nor) alcohol|avoids? (?:pork|meat|beef) and alcohol|(?:eat|have) (?:pork|meat|beef) (?:or|and|nor) drink alcohol|ni (?:bebo|tomo|bebe|toma) alcohol|sin alcohol|no bebo|no (?:tomo|toma|tomamos|toman|bebe|bebemos) alcohol|nada de alcohol)",
        "Dietary:No Alcohol",
    ),
]
SEATS: Final[list[tuple[str, str]]] = [
    (
        r"window|fenster\w*|vindue\w*|f[öo]nsterbord|cửa sổ|ventana|fen[êe]tre|janela|finestra|pencere\w*|okna|okno|oknie",
        "Seating:Window",
    ),
    (r"booths?|bås|gabinete|sitznische|banquettes?|nooks?|high[- ]backed|high backs", "Seating:Booth"),
    (
        r"quiet(?:er)? (?:table|tabel|corner|spot|area|section|one|booth)|quite table|some(?:where|thing) quiet(?:er)?|(?:can|could) actually hear each other|au calme|tranquil[ao]|tavolo tranquillo|mesa (?:mais )?sossegad[ao]|table tranquille|coin (?:calme|tranquille)|"
        r"ruhigen? tisch|rustige? taf\w*|table (?:plus )?(?:calme|tranquille)|mesa tranquila|roligt? (?:bord|hj[øo]rne|sted)|lugnt bord",
        "Seating:Quiet Table",
    ),
    (
        r"patio|terrace|courtyard|beer garden|(?:sit|sat|seat\w*|put us|tables?|eat|dine|dining) (?:\w+ )?(?:outside|outdoors)|outside (?:table|seating|area)|outdoor (?:table|seating|area)|outside (?:again )?(?:if|when|please|next time)|terrasse|terrassa|terraza|terrazza|terrazzo|dehors|all'aperto|gastgarten|schanigarten|biergarten|im freien|drau(?:ß|ss)en|varanda|esplanada|terras|terrasje|βεράντα|ταράτσα|teras",
        "Seating:Patio",
    ),
    (
        r"(?:at|by) the bar|bar seats?|bar stools?|u baru|aan de bar|an der bar|au bar|al bancone(?! dello chef)|(?:en|a|prefiero|preferimos|sentarme en|sentarnos en) la barra(?! del (?:chef|xef)| (?:frente|delante|de cara) a la cocina)|balc[ãa]o(?: do bar)?",
        "Seating:Bar Seat",
    ),
    (
        r"chef'?s counter|chef'?s table|counter seats?|barra (?:frente|delante|de cara) a la cocina|at the counter|comptoir du chef|bancone dello chef|barra del (?:chef|xef)",
        "Seating:Chef's Counter",
    ),
    (
        r"away from the kitchen|kitchen se door|malayo sa kusina|(?:weit )?weg von der k[üu]che|far from the kitchen|loin de la cuisine|lejos de la cocina|lontano dalla cucina|"
        r"longe da cozinha|(?:pas|no|ni) (?:trop |muy |tan )?(?:pr[èe]s de|[àa] c[ôo]t[ée] de|cerca de|junto a|al lado de) la (?:cuisine|cocina)|not (?:near|next to|by) the kitchen|v[æa]k fra k[øo]kkenet|langt fra k[øo]kkenet|"
        r"(?:loud|noisy|hot) (?:by|near|next to) the kitchen|except (?:near|by|next to) the kitchen|not (?:right )?(?:near|next to|by) the kitchen|(?:don'?t|do not|never) (?:seat|put) (?:us|me) (?:right )?(?:next to|near|by) the kitchen",
        "Seating:Away From Kitchen",
    ),
    (
        r"w(?:h)?eel ?chair\w*|wheelchiar|wheelchare|kursi roda|kerekessz[ée]k\w*|akad[áa]lymentes|rollstuhl\w*|sedia a rotelle|cadeira de rodas|rolstoel|rullstol|si[ġg][ġg]u tar-roti|step-?free|accessible table|silla de ruedas|mesa accesible|fauteuil roulant",
        "Seating:Wheelchair Access",
    ),
    (
        r"high ?chairs?|booster seats?|silla alta|silla (?:para|de) (?:beb[ée]|(?:el |la )?(?:beb[ée]|ni[ñn][oa]))|cadeira alta|cadeir[ãa]o|periquera|gh[ếe] em b[ée]|mama sandalyesi|krzese[łl]k\w*|cadeirinha|cadeira de (?:beb[êeé]|alimenta[çc][ãa]o)|trona|sillita(?: alta)?|silla alta|chaises? hautes?|seggiolone|"
        r"hochstuhl|kinderstoel",
        "Seating:High Chair",
    ),
    (
        r"privat(?:e)? room|private dining|function room|k[üu]l[öo]nterem|private function|sala privada|sala reservada|sala privativa|sal[ãa]o privativo|sala privata|sala riservata|(?:un )?reservado|separee|s[ée]par[ée]e|room to ourselves|our own room|salle priv[ée]e|sal[óo]n privado|salon priv[ée]|privat(?:e)? (?:lokale|rum|sal)|selskabslokale",
        "Seating:Private Room",
    ),
]
OCCASIONS: Final[list[tuple[str, str]]] = [
    (
        r"birthday(?! (?:parties|shots|songs))|b-?day|aniversari(?! de casa(?:ment|ts))|\d+-[åa]rsdag|f[öø]delsedag|f[øo]dselsdag|bursdag|γενέθλια|ya[şs] ?g[üu]n[üu]\w*|do[ğg]um g[üu]n[üu]\w*|день рождения|cumplea[ñn]os|la f[êe]te de (?:ma|mon|mes)|anniversaire de(?! mariage)|(?:a|my|his|her|their|our) \d0th(?! (?:wedding )?anniv)|(?<=\ws |'s )\d0th(?! (?:wedding )?anniv)|(?<=\w)'s (?:surprise )?\d{2}(?:st|nd|rd|th)(?=\s*[,.!—–-]|\s*$)|turn(?:s|ing) \d{1,3}\b|(?:my|his|her|their|(?<=\w)'s) \d{2}(?:st|nd|rd|th)(?= (?:here|next|on|this|at|party|bash|dinner|celebration|in|for)\b)|\d0th (?:birthday|bday|party|celebration|dinner)|(?<=for )(?:his|her|their|my|our) \d{2}(?:st|nd|rd|th)(?=\s*[.,!;]|\s*$)|"
        r"\d{2}(?:st|nd|rd|th) (?:birthday|party)|compleanno|huritau|sinh nh[ậa]t|aniversário(?! de (?:casamento|namoro))|cumple\b|xv a[ñn]os|quincea[ñn]era|(?:los|sus|mis) quince a[ñn]os\b|los quince de (?:mi|su|nuestra)\b|(?<!\()15 a(?:[ñn]os|nos)\b(?!\)| de edad)|geburtstag\w*|verjaardag|urodzin\w*|(?:ma|sa|ta) f[êe]te\b(?! des)|f[øo]dselsdags\w+|(?:mon|ton|son|notre|votre|leur) anniversaire(?! de mariage)|(?<!depuis )(?<!avant )(?<!jusqu'à )(?<!vers )(?:les|ses|mes|nos|leurs) \d{1,3} ans\b(?! de mariage)|(?:d[îi]ner|repas|soir[ée]e|f[êe]te|g[âa]teau) d'anniversaire|(?:les|ses|mes|nos|leurs) (?:vingt|trente|quarante|cinquante|soixante|septante|huitante|octante|quatre-vingts?|nonante|cent)(?:[- ](?:et[- ])?[a-z]+)? ans\b(?! de mariage)",
        "Occasion:Birthday",
    ),
    (
        r"anniversary|ann?iversa?ry|anniversery|anniv\b(?! de (?:mon|ma|mes|son|sa|ses|notre|votre|leur)\b)|anniversarju|jahrestag\w*|v[ýy]ro[čc][íi] svatby|aniversari de casa(?:ment|ts)|aniversario|anniversaire de mariage|anivers[áa]rio de (?:casamento|namoro)|anniversario|(?:\d+|[a-zàâçéèêëîïôûù]+) ans de mariage|"
        r"hochzeitstag|bryllupsdag\w*|br[öo]llopsdag\w*|evlilik y[ıi]l ?d[öo]n[üu]m\w*|y[ıi]ld[öo]n[üu]m\w*|(?:\d+|[a-z]+(?:-[a-z]+)?) (?:years|yrs) (?:married|together)|a[ñn]os de casados|(?:golden|silver|ruby|diamond|pearl|emerald|sapphire|coral|tin|paper|crystal) wedding\b(?! (?:party|dress|cake))",
        "Occasion:Anniversary",
    ),
    (
        r"engage(?:d|ment)|verloving|proposed|proposal|proposing|(?:to|will|going to|plan(?:ning)? to) propose|(?<!sitter )(?<!sitter finally )(?<!boss )(?<!bank )(?<!landlord )said yes|popped the question|the ring|pidi[óo] (?:la )?(?:mano|matrimonio)|pedi\w* (?:\w+ ){0,3}em casamento|propuso matrimonio|pedir (?:la )?mano|pedir(?:le)? matrimonio|(?:le )?propuse (?:casamiento|matrimonio)|ped[íi] (?:la )?(?:mano|matrimonio)|pedida de mano|nos comprometimos|me compromet[íi]|demand[ée]e? en mariage|(?:new|just|newly) fian[cç][ée]e?|fian[cç]ailles|compromiso|(?:s'est|se sont|sommes|on s'est) fianc\w*|(?:vient|venons|viens|venez|viennent) de (?:se |nous |me |vous )fiancer|fidanzament\w*|αρραβ[ώω]ν\w*|sposarmi|proposta di matrimonio|verlobung\w*|antrag gemacht",
        "Occasion:Engagement",
    ),
    (
        r"(?<!nobody's )(?<!nobodys )(?<!mean )business(?! partner)|the board of|cena de trabajo|(?:vinimos|vine|vinieron|cena|comida|almuerzo) (?:por trabajo|con (?:el|mi|nuestro) equipo(?: de trabajo)?)|zaken\w+|[üu]zleti|comida de trabajo|almuerzo de trabajo|inversores|inversionistas|cerrar un acuerdo|closing a deal|work thing|work do|comida de empresa|almuerzo de empresa|cena aziendale|pranzo di lavoro|d[ée]jeuner d'affaires|investors|board (?:dinner|meeting|lunch)|gesch[äa]ftsessen|gesch[äa]ftlich\w*|gesch[äa]ftsfreund\w*|working lunch|kunden|zakelijk\w*|cena di lavoro|"
        r"(?:almo[çc]o|jantar) de neg[óo]cios|client (?:dinner|lunch|meeting)s?|board of directors|(?:me|us) and (?:my|our) clients|clients?'? lunch|work (?:lunch|dinner)|work dinner|team (?:\w+ )?(?:dinner|lunch)|off-?sites?|(?:for|at|attending) (?:a|the) conference|company (?:\w+ )?(?:dinner|do|party|lunch|outing)|office (?:christmas |xmas |holiday )?(?:party|do)|corporate(?! (?:card|agreement|account|rate|discount|policy|credit))|(?<!dear )colleagues|cena de empresa|jantar de empresa|almo[çc]o de empresa|aff[äa]rs\w+|"
        r"(?:cena|comida|almuerzo) de negocios|d[îi]ner d'affaires|reuni[óo]n de (?:empresa|trabajo|negocios)|d[îi]ner avec (?:des|nos|mes) clients|souper d'affaires|firmaarrangement\w*|firmamiddag\w*|forretningsmiddag\w*|repas d'affaires|voyage d'affaires|viaje de negocios|(?:cena|comida|fiesta) de fin de a[ñn]o de (?:la|mi|nuestra) empresa|(?:took|brought|bringing|with|hosting|entertaining) (?:\w+ ){0,4}clients?|in front of (?:\w+ )?clients|cerrar un trato|con (?:un |unos |los |nuestros )?clientes?",
        "Occasion:Business",
    ),
    (
        r"date ni(?:ght|te)|(?:souper|d[îi]ner|soir[ée]e|repas|sortie|rendez-vous) en amoureux|rom[àa]ntic\w*|(?:my|our|on a) date\b(?! of| night)|nuestra cita|para una cita|cita con (?:mi|mis) (?:novi[oa]|pareja|espos[oa]|marido|mujer)|en plan cita|first (?:evening|night) out|premier rendez-vous|primer[ao]? cita|primeira? (?:cita|encontro)|romantic (?:dinner|evening|night)|rom[áâa]ntic[oa]|first (?:proper |real )?date|erstes date|d[îi]ner romantique",
        "Occasion:Date Night",
    ),
    (
        r"celebrat\w*|bayram\w*|baby shower|bridal shower|gender reveal|housewarming|celebr(?:amos|ando|aci[óo]n)|(?:nous )?avons c[ée]l[ée]br[ée]|graduaci[óo]n|d[ée]part [àa] la retraite|remise (?:de|des) dipl[ôo]mes?|(?:my|his|her|their|our|a|new|job|(?<=\w)'s) promotion|promotion (?:dinner|lunch|drinks|party|celebration|meal)|promotie|προαγωγή|γιορτάζ\w*|kutla\w*|graduat\w*(?! to\b)|retire?ment|festej\w*|me recib[íi] de|celebrar|jubilaci[óo]n|f[êe]ter|f[êe]t(?:ait|aient|ions|ons)|(?:a|avons|ont|avait|avions|avaient) f[êe]t[ée]\b|obtention (?:de |d'|du )(?:mon |ma |son |sa |notre |leur )?dipl[ôo]me|festeggia\w*|feiern|vierden|feiret|feirer|firade|firar|fejrede|fejrer|"
        r"comemorar|hen (?:do|party|night)|stag (?:do|party|night)|bachelorette|bachelor party|rehearsal dinner|wedding (?:reception|breakfast|dinner|meal|lunch)|got married|aposentadoria|pensionierung|pensioen|toasting|pass(?:ed|ing) (?:her|his|my|their) (?:\w+ )?exams?|new job|ba[rt] mitzvah|christening|baptism|communion|despedida de solter[oa]|enterrement de vie de (?:jeune )?(?:fille|gar[çc]on)|evjf|evg",
        "Occasion:Celebration",
    ),
]
DIET_PATTERNS: Final = [(folded(rf"\b(?:{p})\b"), tag) for p, tag in DIETS]
SEAT_PATTERNS: Final = [(folded(rf"\b(?:{p})\b"), tag) for p, tag in SEATS]
OCCASION_PATTERNS: Final = [(folded(rf"\b(?:{p})\b"), tag) for p, tag in OCCASIONS]
ANY_DIET: Final = folded("|".join(rf"\b(?:{p})\b" for p, _ in DIETS))
ANY_SEAT: Final = folded("|".join(rf"\b(?:{p})\b" for p, _ in SEATS))
ANY_OCCASION: Final = folded("|".join(rf"\b(?:{p})\b" for p, _ in OCCASIONS))
ANY_ALLERGEN_OR_DIET: Final = folded("|".join(rf"\b(?:{p})\b" for p, _ in [*ALLERGENS, *DIETS]))

# Allergens guests often misspell ("musles", "sesmae"): matched within one or two edits.
ALLERGEN_WORDS: Final = {
    "sesame": "Sesame",
    "sesami": "Sesame",  # Italian, and one edit from "sesmi"
    "shellfish": "Shellfish",
    "peanuts": "Peanut",
    "peanut": "Peanut",
    "walnuts": "Tree Nut",
    "almonds": "Tree Nut",
    "cashews": "Tree Nut",
    "pistachios": "Tree Nut",
    "hazelnuts": "Tree Nut",
    "mustard": "Mustard",
    "celery": "Celery",
    "sulphites": "Sulphites",
    "sulfites": "Sulphites",
    "gluten": "Gluten",
    "lactose": "Dairy",
    "prawns": "Shellfish",
    "shrimp": "Shellfish",
    "lobster": "Shellfish",
    "mussels": "Mollusc",
    "oysters": "Mollusc",
    "scallops": "Mollusc",
    "octopus": "Mollusc",
    "salmon": "Fish",
    "pescado": "Fish",
    "anchovies": "Fish",
    "mostaza": "Mustard",
    "camarones": "Shellfish",
    "cacahuate": "Peanut",
    "cacahuete": "Peanut",
    "almendras": "Tree Nut",
    "ajonjoli": "Sesame",
    "arachides": "Peanut",
    "crevettes": "Shellfish",
    "moutarde": "Mustard",
    "nueces": "Tree Nut",
    "avellanas": "Tree Nut",
    "pistachos": "Tree Nut",
    "noisettes": "Tree Nut",
    "mejillones": "Mollusc",
    "calamares": "Mollusc",
    "langostinos": "Shellfish",
    "cangrejo": "Shellfish",
    "huevos": "Egg",
    "poisson": "Fish",
}


MISSPELLABLE: Final = list(ALLERGEN_WORDS)
# Real words one edit from an allergen: "custard" is not a misspelt "mustard".
NOT_MISSPELT: Final = frozenset(
    {
        "custard",
        "custards",
        "muster",
        "mustered",
        "casher",
        "cacher",
        "pesado",
        "pesada",
        "pesados",
        "pesadas",
        "nuevos",
        "nuevas",
        "poison",
        "poisons",
        "pistach",  # Haitian Creole for peanut
    }
)
