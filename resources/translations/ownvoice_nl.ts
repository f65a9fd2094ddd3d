<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl" sourcelanguage="en">
<context>
    <name>AnglePanel</name>
    <message>
        <source>Tone</source>
        <translation>Toon</translation>
    </message>
    <message>
        <source>Language of the posts</source>
        <translation>Taal van de posts</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Engels</translation>
    </message>
    <message>
        <source>Dutch (Nederlands)</source>
        <translation>Nederlands</translation>
    </message>
    <message>
        <source>Short</source>
        <translation>Kort</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>Middel</translation>
    </message>
    <message>
        <source>Long</source>
        <translation>Lang</translation>
    </message>
    <message>
        <source>Length: %1, %2</source>
        <translation>Lengte: %1, %2</translation>
    </message>
    <message>
        <source>Only numbers from the story</source>
        <translation>Alleen getallen uit het verhaal</translation>
    </message>
    <message>
        <source>The model on this computer can write a number only if the story or your notes have it. Switch it off to let it write other numbers (check them before you post).</source>
        <translation>Het model op deze computer schrijft alleen getallen die in het verhaal of je notities staan. Zet dit uit als het ook andere getallen mag schrijven (controleer die dan voordat je post).</translation>
    </message>
    <message>
        <source>Only numbers from the story and notes</source>
        <translation>Alleen getallen uit verhaal en notities</translation>
    </message>
    <message>
        <source>e.g. I led the testing of the new line</source>
        <translation>bijv. ik leidde de tests van de nieuwe lijn</translation>
    </message>
    <message>
        <source>Your role in this</source>
        <translation>Jouw rol hierin</translation>
    </message>
    <message>
        <source>e.g. my grandfather worked in this town&apos;s factory</source>
        <translation>bijv. mijn opa werkte in de fabriek van dit dorp</translation>
    </message>
    <message>
        <source>Why it matters to you</source>
        <translation>Waarom het je raakt</translation>
    </message>
    <message>
        <source>e.g. the first battery was signed by the whole team</source>
        <translation>bijv. de eerste batterij is door het hele team gesigneerd</translation>
    </message>
    <message>
        <source>One detail only you know</source>
        <translation>Een detail dat alleen jij kent</translation>
    </message>
    <message>
        <source>Make it personal</source>
        <translation>Maak het persoonlijk</translation>
    </message>
    <message>
        <source>Show or hide the personal questions</source>
        <translation>Persoonlijke vragen tonen of verbergen</translation>
    </message>
    <message>
        <source>Angles (choose one or more)</source>
        <translation>Invalshoeken (kies er een of meer)</translation>
    </message>
    <message>
        <source>Write in</source>
        <translation>Schrijf in</translation>
    </message>
    <message>
        <source>Length</source>
        <translation>Lengte</translation>
    </message>
    <message>
        <source>Angle: %1</source>
        <translation>Invalshoek: %1</translation>
    </message>
    <message>
        <source>%1–%2 words</source>
        <translation>%1–%2 woorden</translation>
    </message>
</context>
<context>
    <name>BackendStatus</name>
    <message>
        <source>On this computer</source>
        <translation>Op deze computer</translation>
    </message>
    <message>
        <source>Posts are written by %1 on this computer; nothing is sent anywhere.</source>
        <translation>Posts worden geschreven door %1 op deze computer; er wordt niets verstuurd.</translation>
    </message>
    <message>
        <source>the local model</source>
        <translation>het lokale model</translation>
    </message>
    <message>
        <source>Server: %1</source>
        <translation>Server: %1</translation>
    </message>
    <message>
        <source>Posts are written by %1 on %2: your story is sent to that server.</source>
        <translation>Posts worden geschreven door %1 op %2: je verhaal gaat naar die server.</translation>
    </message>
    <message>
        <source>a model</source>
        <translation>een model</translation>
    </message>
    <message>
        <source>Click to choose the model or where posts are written.</source>
        <translation>Klik om het model te kiezen of waar posts worden geschreven.</translation>
    </message>
    <message>
        <source>Where posts are written</source>
        <translation>Waar posts worden geschreven</translation>
    </message>
</context>
<context>
    <name>CardHints</name>
    <message>
        <source>Hints about this draft</source>
        <translation>Tips bij dit concept</translation>
    </message>
    <message>
        <source>Please check</source>
        <translation>Even controleren</translation>
    </message>
    <message>
        <source>All clear</source>
        <translation>Alles in orde</translation>
    </message>
    <message>
        <source>No hints — it reads like you.</source>
        <translation>Geen tips — het klinkt als jou.</translation>
    </message>
    <message>
        <source>1 fact not in the story</source>
        <translation>1 feit staat niet in het verhaal</translation>
    </message>
    <message>
        <source>{count} facts not in the story</source>
        <translation>{count} feiten staan niet in het verhaal</translation>
    </message>
    <message>
        <source>{title}: {count} to check</source>
        <translation>{title}: {count} om te controleren</translation>
    </message>
    <message>
        <source>Own words {percent}%: reads like the press release</source>
        <translation>Eigen woorden {percent}%: leest als het persbericht</translation>
    </message>
    <message>
        <source>Own words {percent}%: repeats your earlier post</source>
        <translation>Eigen woorden {percent}%: herhaalt een eerdere post van je</translation>
    </message>
    <message>
        <source>Own words {percent}%</source>
        <translation>Eigen woorden {percent}%</translation>
    </message>
    <message>
        <source>1 hint</source>
        <translation>1 tip</translation>
    </message>
    <message>
        <source>{count} hints</source>
        <translation>{count} tips</translation>
    </message>
    <message>
        <source>{label} ({score})</source>
        <translation>{label} ({score})</translation>
    </message>
    <message>
        <source>{title} — {label} ({score} of 100)</source>
        <translation>{title} — {label} ({score} van 100)</translation>
    </message>
    <message>
        <source>Story says: {fact}</source>
        <translation>In het verhaal: {fact}</translation>
    </message>
    <message>
        <source>your earlier posts</source>
        <translation>je eerdere posts</translation>
    </message>
    <message>
        <source>the story</source>
        <translation>het verhaal</translation>
    </message>
    <message>
        <source>{percent}% in your own words; {copied}% repeats {source} word for word.</source>
        <translation>{percent}% in je eigen woorden; {copied}% neemt {source} letterlijk over.</translation>
    </message>
    <message>
        <source>Own words meter</source>
        <translation>Meter eigen woorden</translation>
    </message>
    <message>
        <source>{percent}% your own words</source>
        <translation>{percent}% eigen woorden</translation>
    </message>
    <message>
        <source>longest copied run: {words} words</source>
        <translation>langste overgenomen stuk: {words} woorden</translation>
    </message>
    <message>
        <source>Hide hints</source>
        <translation>Tips verbergen</translation>
    </message>
    <message>
        <source>Show hints</source>
        <translation>Tips tonen</translation>
    </message>
</context>
<context>
    <name>CardsArea</name>
    <message>
        <source>Drafts</source>
        <translation>Concepten</translation>
    </message>
    <message>
        <source>Your drafts appear here.
Choose a tone and one or more angles, then press Generate (Ctrl+Enter).</source>
        <translation>Hier verschijnen je concepten.
Kies een toon en een of meer invalshoeken en klik op Genereren (Ctrl+Enter).</translation>
    </message>
</context>
<context>
    <name>CardsView</name>
    <message>
        <source>Stopping…</source>
        <translation>Stoppen…</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Wacht</translation>
    </message>
    <message>
        <source>Reading the story</source>
        <translation>Verhaal lezen</translation>
    </message>
    <message>
        <source>Writing</source>
        <translation>Schrijven</translation>
    </message>
    <message>
        <source>almost done</source>
        <translation>bijna klaar</translation>
    </message>
    <message>
        <source>about %1 left</source>
        <translation>nog ongeveer %1</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>Gestopt</translation>
    </message>
    <message>
        <source>Not written</source>
        <translation>Niet geschreven</translation>
    </message>
    <message>
        <source>Interrupted</source>
        <translation>Onderbroken</translation>
    </message>
</context>
<context>
    <name>Checks</name>
    <message>
        <source>Before you post</source>
        <translation>Voordat je post</translation>
    </message>
    <message>
        <source>Facts</source>
        <translation>Feiten</translation>
    </message>
    <message>
        <source>Company guidelines</source>
        <translation>Bedrijfsrichtlijnen</translation>
    </message>
    <message>
        <source>LinkedIn limits</source>
        <translation>LinkedIn-limieten</translation>
    </message>
    <message>
        <source>Own words</source>
        <translation>Eigen woorden</translation>
    </message>
    <message>
        <source>Clichés and AI tells</source>
        <translation>Clichés en AI-signalen</translation>
    </message>
    <message>
        <source>Your voice</source>
        <translation>Jouw stem</translation>
    </message>
    <message>
        <source>Hints would take too long on all of it; LinkedIn takes 3,000 characters anyway.</source>
        <translation>Tips voor de hele tekst zouden te lang duren; LinkedIn neemt toch maar 3.000 tekens.</translation>
    </message>
    <message>
        <source>Only the first {count} characters were checked.</source>
        <translation>Alleen de eerste {count} tekens zijn gecontroleerd.</translation>
    </message>
</context>
<context>
    <name>Cliches</name>
    <message>
        <source>“{phrase}” reads like AI-written text.</source>
        <translation>‘{phrase}’ klinkt als door AI geschreven tekst.</translation>
    </message>
    <message>
        <source>“{phrase}” is a LinkedIn cliché.</source>
        <translation>‘{phrase}’ is een LinkedIn-cliché.</translation>
    </message>
    <message>
        <source>It is in your hook, the only part people see before ‘…see more’. {why}</source>
        <translation>Het staat in je opening, het enige wat mensen zien vóór ‘…meer weergeven’. {why}</translation>
    </message>
    <message>
        <source>{count} em dashes. Many readers now take them as a sign of AI text.</source>
        <translation>{count} gedachtestreepjes. Veel lezers zien die tegenwoordig als teken van AI-tekst.</translation>
    </message>
    <message>
        <source>Try a comma, a colon or a full stop; keep one where it really helps.</source>
        <translation>Probeer een komma, dubbelepunt of punt; houd er één waar het echt helpt.</translation>
    </message>
    <message>
        <source>{count} emoji. That many make a post look generated or busy.</source>
        <translation>{count} emoji. Zoveel laat een post gegenereerd of druk ogen.</translation>
    </message>
    <message>
        <source>Keep the one or two that add meaning.</source>
        <translation>Houd de een of twee die iets toevoegen.</translation>
    </message>
    <message>
        <source>{count} lines start with an emoji, a pattern of generated posts.</source>
        <translation>{count} regels beginnen met een emoji, een patroon van gegenereerde posts.</translation>
    </message>
    <message>
        <source>Plain sentences or a simple dash read as written by a person.</source>
        <translation>Gewone zinnen of een simpel streepje lezen alsof een mens ze schreef.</translation>
    </message>
    <message>
        <source>A wall of {count} hashtags.</source>
        <translation>Een muur van {count} hashtags.</translation>
    </message>
    <message>
        <source>Blocks of hashtags look like spam and add little reach; keep the two or three that matter.</source>
        <translation>Blokken hashtags ogen als spam en leveren weinig bereik op; houd de twee of drie die ertoe doen.</translation>
    </message>
</context>
<context>
    <name>CopyCheck</name>
    <message>
        <source>Check the facts before you post</source>
        <translation>Controleer de feiten voordat je post</translation>
    </message>
    <message>
        <source>story says: {fact}</source>
        <translation>in het verhaal: {fact}</translation>
    </message>
    <message>
        <source>If they are right, copy anyway: nothing is posted until you paste it. Adding a fact to your notes stops this question for it.</source>
        <translation>Kloppen ze, kopieer dan gewoon: er wordt niets geplaatst tot jij het plakt. Zet je een feit in je notities, dan vragen we er niet meer naar.</translation>
    </message>
    <message>
        <source>&amp;Copy anyway</source>
        <translation>Toch &amp;kopiëren</translation>
    </message>
    <message>
        <source>&amp;Go back and check</source>
        <translation>&amp;Terug om te controleren</translation>
    </message>
</context>
<context>
    <name>CrashReporter</name>
    <message>
        <source>(no log file could be written)</source>
        <translation>(er kon geen logbestand worden geschreven)</translation>
    </message>
    <message>
        <source>OwnVoice hit a problem</source>
        <translation>OwnVoice liep tegen een probleem aan</translation>
    </message>
    <message>
        <source>Something unexpected went wrong. Your story and drafts are still in the window; copy anything important before you continue.</source>
        <translation>Er ging iets onverwachts mis. Je verhaal en concepten staan nog in het venster; kopieer wat belangrijk is voordat je verdergaat.</translation>
    </message>
    <message>
        <source>Details were written to the log file:
%1

%2</source>
        <translation>De details staan in het logbestand:
%1

%2</translation>
    </message>
</context>
<context>
    <name>DamagedLibraryDialog</name>
    <message>
        <source>Your drafts library is damaged</source>
        <translation>Je conceptenbibliotheek is beschadigd</translation>
    </message>
    <message>
        <source>(unknown)</source>
        <translation>(onbekend)</translation>
    </message>
    <message>
        <source>OwnVoice cannot use your drafts library: %1.</source>
        <translation>OwnVoice kan je conceptenbibliotheek niet gebruiken: %1.</translation>
    </message>
    <message>
        <source>OwnVoice has not changed the file. It is here:
%1

Start a new library to go on saving drafts: the damaged file is kept beside it under a new name, so nothing is deleted. If you exported your drafts (My drafts → Export → All drafts as JSON, or ownvoice-cli drafts export --format json), restore them into the new library.</source>
        <translation>OwnVoice heeft het bestand niet aangeraakt. Het staat hier:
%1

Begin een nieuwe bibliotheek om concepten te blijven bewaren: het beschadigde bestand blijft ernaast staan onder een nieuwe naam, er wordt dus niets verwijderd. Heb je je concepten geëxporteerd (Mijn concepten → Exporteren → Alle concepten als JSON, of ownvoice-cli drafts export --format json), zet ze dan terug in de nieuwe bibliotheek.</translation>
    </message>
    <message>
        <source>Start a new library</source>
        <translation>Nieuwe bibliotheek beginnen</translation>
    </message>
    <message>
        <source>Restore from an export…</source>
        <translation>Terugzetten uit een export…</translation>
    </message>
    <message>
        <source>Continue without my drafts</source>
        <translation>Doorgaan zonder mijn concepten</translation>
    </message>
    <message>
        <source>Restore drafts from an export</source>
        <translation>Concepten terugzetten uit een export</translation>
    </message>
    <message>
        <source>OwnVoice JSON export (*.json)</source>
        <translation>OwnVoice JSON-export (*.json)</translation>
    </message>
</context>
<context>
    <name>Dialogs</name>
    <message>
        <source>Company guidelines</source>
        <translation>Bedrijfsrichtlijnen</translation>
    </message>
    <message>
        <source>&lt;h3&gt;OwnVoice&lt;/h3&gt;&lt;p&gt;Turn company news into LinkedIn posts in your own voice.&lt;/p&gt;&lt;p&gt;Everything runs on this computer: the model, your drafts and your settings. OwnVoice never posts anything for you.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;OwnVoice&lt;/h3&gt;&lt;p&gt;Maak van bedrijfsnieuws LinkedIn-posts in je eigen woorden.&lt;/p&gt;&lt;p&gt;Alles draait op deze computer: het model, je concepten en je instellingen. OwnVoice plaatst nooit iets voor je.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>DownloadRow</name>
    <message>
        <source>Download progress</source>
        <translation>Voortgang van de download</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pauzeren</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>Starten…</translation>
    </message>
    <message>
        <source>Paused · %1</source>
        <translation>Gepauzeerd · %1</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Hervatten</translation>
    </message>
</context>
<context>
    <name>Downloads</name>
    <message>
        <source>The download stopped: %1</source>
        <translation>De download is gestopt: %1</translation>
    </message>
    <message>
        <source>The download stopped.</source>
        <translation>De download is gestopt.</translation>
    </message>
    <message>
        <source>{name} is already in your models folder.</source>
        <translation>{name} staat al in je modellenmap.</translation>
    </message>
    <message>
        <source>The download keeps failing ({reason}). The part already downloaded is kept: try Resume later.</source>
        <translation>De download blijft mislukken ({reason}). Wat al binnen is, blijft bewaard: probeer later Hervatten.</translation>
    </message>
    <message>
        <source>{host} refused the download ({status}). Some models can only be downloaded after you accept their licence on the model&apos;s web page (and sign in there).</source>
        <translation>{host} weigerde de download ({status}). Sommige modellen kun je pas downloaden als je hun licentie op de webpagina van het model accepteert (en daar inlogt).</translation>
    </message>
    <message>
        <source>There is no file at {url} (404). Check the address.</source>
        <translation>Er staat geen bestand op {url} (404). Controleer het adres.</translation>
    </message>
    <message>
        <source>{host} answered {status}; the download cannot continue.</source>
        <translation>{host} antwoordde met {status}; de download kan niet verder.</translation>
    </message>
    <message>
        <source>{host} sent a web page instead of a model file. The link may point to a page about the model, or the model may need you to accept its licence on its web page first.</source>
        <translation>{host} stuurde een webpagina in plaats van een modelbestand. Misschien wijst de link naar een pagina over het model, of moet je eerst de licentie op de webpagina van het model accepteren.</translation>
    </message>
    <message>
        <source>The server offers a file of {size}, but {expected} was expected. The model on the server may have changed; the download was not started.</source>
        <translation>De server biedt een bestand van {size} aan, maar er werd {expected} verwacht. Misschien is het model op de server veranderd; de download is niet gestart.</translation>
    </message>
    <message>
        <source>The file at {host} is not a GGUF model (it starts with {start}). Use a link that ends in .gguf.</source>
        <translation>Het bestand op {host} is geen GGUF-model (het begint met {start}). Gebruik een link die eindigt op .gguf.</translation>
    </message>
    <message>
        <source>The downloaded file has the wrong size; it was removed. Try again.</source>
        <translation>Het gedownloade bestand heeft de verkeerde grootte en is verwijderd. Probeer het opnieuw.</translation>
    </message>
    <message>
        <source>The downloaded file is damaged or not the expected one: its SHA-256 is {digest}…, but {expected}… was expected. It was deleted; try again.</source>
        <translation>Het gedownloade bestand is beschadigd of niet het verwachte bestand: de SHA-256 is {digest}…, maar {expected}… werd verwacht. Het is verwijderd; probeer het opnieuw.</translation>
    </message>
    <message>
        <source>The downloaded file is not a usable model: {reason}</source>
        <translation>Het gedownloade bestand is geen bruikbaar model: {reason}</translation>
    </message>
    <message>
        <source>Not enough free disk space: the model needs {needed} more and {free} is free on the disk with {folder}. Free at least {missing} and try again.</source>
        <translation>Niet genoeg vrije schijfruimte: het model heeft nog {needed} nodig en er is {free} vrij op de schijf met {folder}. Maak minstens {missing} vrij en probeer het opnieuw.</translation>
    </message>
    <message>
        <source>The disk filled up while downloading ({folder}). The part already downloaded is kept: free some space and press Resume.</source>
        <translation>De schijf raakte vol tijdens het downloaden ({folder}). Wat al binnen is, blijft bewaard: maak ruimte vrij en klik op Hervatten.</translation>
    </message>
    <message>
        <source>The model could not be saved in {folder} ({reason}).</source>
        <translation>Het model kon niet worden opgeslagen in {folder} ({reason}).</translation>
    </message>
</context>
<context>
    <name>DraftController</name>
    <message>
        <source>Paste or open a company story first.</source>
        <translation>Plak of open eerst een bedrijfsverhaal.</translation>
    </message>
    <message>
        <source>Choose at least one angle.</source>
        <translation>Kies minstens één invalshoek.</translation>
    </message>
    <message>
        <source>This draft is empty; generate it first.</source>
        <translation>Dit concept is leeg; genereer het eerst.</translation>
    </message>
    <message>
        <source>Copied. Paste it into LinkedIn when you are ready.</source>
        <translation>Gekopieerd. Plak het in LinkedIn wanneer je er klaar voor bent.</translation>
    </message>
    <message>
        <source>Kept for now; drafts are not saved on this computer.</source>
        <translation>Voorlopig bewaard; concepten worden niet opgeslagen op deze computer.</translation>
    </message>
    <message>
        <source>Kept in your drafts.</source>
        <translation>Bewaard bij je concepten.</translation>
    </message>
    <message>
        <source>No longer marked as kept.</source>
        <translation>Niet langer gemarkeerd als bewaard.</translation>
    </message>
    <message>
        <source>Stop the current drafts before opening another one.</source>
        <translation>Stop eerst de huidige concepten voordat je een ander opent.</translation>
    </message>
    <message>
        <source>The file</source>
        <translation>Het bestand</translation>
    </message>
    <message>
        <source>%1 is empty, so the current story was kept.</source>
        <translation>%1 is leeg; het huidige verhaal blijft staan.</translation>
    </message>
    <message>
        <source>%1 is open as a new draft; your earlier posts stay under File → My drafts.</source>
        <translation>%1 is geopend als nieuw concept; je eerdere posts vind je onder Bestand → Mijn concepten.</translation>
    </message>
    <message>
        <source>Opened %1</source>
        <translation>%1 geopend</translation>
    </message>
</context>
<context>
    <name>DraftDeletes</name>
    <message>
        <source>Deleted “%1”.</source>
        <translation>‘%1’ verwijderd.</translation>
    </message>
    <message>
        <source>Deleted %1 drafts.</source>
        <translation>%1 concepten verwijderd.</translation>
    </message>
    <message>
        <source>Some drafts could not be brought back; they stay deleted.</source>
        <translation>Sommige concepten konden niet worden teruggezet; ze blijven verwijderd.</translation>
    </message>
</context>
<context>
    <name>DraftFiles</name>
    <message>
        <source>JSON files (*.json)</source>
        <translation>JSON-bestanden (*.json)</translation>
    </message>
    <message>
        <source>Markdown files (*.md)</source>
        <translation>Markdown-bestanden (*.md)</translation>
    </message>
    <message>
        <source>Export this draft</source>
        <translation>Dit concept exporteren</translation>
    </message>
    <message>
        <source>Export all drafts</source>
        <translation>Alle concepten exporteren</translation>
    </message>
    <message>
        <source>Could not write %1: %2. Nothing was written.</source>
        <translation>Kon %1 niet schrijven: %2. Er is niets weggeschreven.</translation>
    </message>
    <message>
        <source>Exported to %1. This file is not encrypted: keep it somewhere safe.</source>
        <translation>Geëxporteerd naar %1. Dit bestand is niet versleuteld: bewaar het op een veilige plek.</translation>
    </message>
    <message>
        <source>Import drafts</source>
        <translation>Concepten importeren</translation>
    </message>
    <message>
        <source>OwnVoice JSON export (*.json)</source>
        <translation>OwnVoice JSON-export (*.json)</translation>
    </message>
    <message>
        <source>The import file</source>
        <translation>Het importbestand</translation>
    </message>
</context>
<context>
    <name>DraftListModel</name>
    <message>
        <source>Posted</source>
        <translation>Geplaatst</translation>
    </message>
    <message>
        <source>Posted %1</source>
        <translation>Geplaatst op %1</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>Gearchiveerd</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Concept</translation>
    </message>
    <message>
        <source>1 post</source>
        <translation>1 post</translation>
    </message>
    <message>
        <source>%1 posts</source>
        <translation>%1 posts</translation>
    </message>
    <message>
        <source>updated %1</source>
        <translation>bijgewerkt %1</translation>
    </message>
</context>
<context>
    <name>DraftsDialog</name>
    <message>
        <source>Your drafts</source>
        <translation>Je concepten</translation>
    </message>
    <message>
        <source>Search your stories and posts</source>
        <translation>Zoek in je verhalen en posts</translation>
    </message>
    <message>
        <source>Search drafts</source>
        <translation>Concepten zoeken</translation>
    </message>
    <message>
        <source>Clear the search</source>
        <translation>Zoekopdracht wissen</translation>
    </message>
    <message>
        <source>Show drafts with status</source>
        <translation>Concepten met status tonen</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Alle</translation>
    </message>
    <message>
        <source>Drafts</source>
        <translation>Concepten</translation>
    </message>
    <message>
        <source>Posted</source>
        <translation>Geplaatst</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>Gearchiveerd</translation>
    </message>
    <message>
        <source>&amp;Show</source>
        <translation>&amp;Tonen</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Openen</translation>
    </message>
    <message>
        <source>Continue this draft in the main window (Enter)</source>
        <translation>Ga verder met dit concept in het hoofdvenster (Enter)</translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation>&amp;Dupliceren</translation>
    </message>
    <message>
        <source>Make a copy to work on</source>
        <translation>Maak een kopie om aan te werken</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Verwijderen</translation>
    </message>
    <message>
        <source>Delete this draft (Del); you can undo it</source>
        <translation>Verwijder dit concept (Del); je kunt het ongedaan maken</translation>
    </message>
    <message>
        <source>&amp;Mark as</source>
        <translation>&amp;Markeren als</translation>
    </message>
    <message>
        <source>Change the draft&apos;s status</source>
        <translation>De status van het concept wijzigen</translation>
    </message>
    <message>
        <source>Posted (today)</source>
        <translation>Geplaatst (vandaag)</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Concept</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Exporteren</translation>
    </message>
    <message>
        <source>Save drafts as a file (not encrypted)</source>
        <translation>Concepten opslaan als bestand (niet versleuteld)</translation>
    </message>
    <message>
        <source>This draft as Markdown…</source>
        <translation>Dit concept als Markdown…</translation>
    </message>
    <message>
        <source>This draft as JSON…</source>
        <translation>Dit concept als JSON…</translation>
    </message>
    <message>
        <source>All drafts as Markdown…</source>
        <translation>Alle concepten als Markdown…</translation>
    </message>
    <message>
        <source>All drafts as JSON (a backup)…</source>
        <translation>Alle concepten als JSON (een back-up)…</translation>
    </message>
    <message>
        <source>&amp;Import JSON…</source>
        <translation>JSON &amp;importeren…</translation>
    </message>
    <message>
        <source>Add drafts from an OwnVoice JSON export</source>
        <translation>Concepten toevoegen uit een OwnVoice JSON-export</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Sluiten</translation>
    </message>
    <message>
        <source>Close the drafts list (Esc)</source>
        <translation>De conceptenlijst sluiten (Esc)</translation>
    </message>
    <message>
        <source>Read-only: %1 You can search, open and export drafts here.</source>
        <translation>Alleen-lezen: %1 Je kunt hier concepten zoeken, openen en exporteren.</translation>
    </message>
    <message>
        <source>No drafts match “%1”.</source>
        <translation>Geen concepten gevonden voor ‘%1’.</translation>
    </message>
    <message>
        <source>No drafts with this status.</source>
        <translation>Geen concepten met deze status.</translation>
    </message>
    <message>
        <source>No drafts yet. Drafts you keep in the main window appear here.</source>
        <translation>Nog geen concepten. Concepten die je in het hoofdvenster bewaart, verschijnen hier.</translation>
    </message>
    <message>
        <source>Made a copy: “%1”.</source>
        <translation>Kopie gemaakt: ‘%1’.</translation>
    </message>
</context>
<context>
    <name>EngineSettingsDialog</name>
    <message>
        <source>Engine settings</source>
        <translation>Engine-instellingen</translation>
    </message>
    <message>
        <source> tokens</source>
        <translation> tokens</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>Automatisch</translation>
    </message>
    <message>
        <source>By post length</source>
        <translation>Naar lengte van de post</translation>
    </message>
    <message>
        <source>Same seed every time</source>
        <translation>Elke keer dezelfde seed</translation>
    </message>
    <message>
        <source>Context window</source>
        <translation>Contextvenster</translation>
    </message>
    <message>
        <source>How much text the model sees at once. Larger needs more memory.</source>
        <translation>Hoeveel tekst het model tegelijk ziet. Groter vraagt meer geheugen.</translation>
    </message>
    <message>
        <source>Threads</source>
        <translation>Threads</translation>
    </message>
    <message>
        <source>Processor cores the model uses. &apos;Automatic&apos; uses every core other programs leave free, and gives one back while they are busy.</source>
        <translation>Processorkernen die het model gebruikt. ‘Automatisch’ gebruikt elke kern die andere programma’s vrijlaten, en geeft er een terug zolang die bezig zijn.</translation>
    </message>
    <message>
        <source>Temperature</source>
        <translation>Temperatuur</translation>
    </message>
    <message>
        <source>Higher is more varied, lower is more predictable.</source>
        <translation>Hoger geeft meer variatie, lager is voorspelbaarder.</translation>
    </message>
    <message>
        <source>Top-p</source>
        <translation>Top-p</translation>
    </message>
    <message>
        <source>Only the most likely words that together reach this share are considered.</source>
        <translation>Alleen de waarschijnlijkste woorden die samen dit aandeel halen, komen in aanmerking.</translation>
    </message>
    <message>
        <source>Max tokens</source>
        <translation>Maximaal aantal tokens</translation>
    </message>
    <message>
        <source>The longest reply. &apos;By post length&apos; follows short/medium/long.</source>
        <translation>Het langste antwoord. ‘Naar lengte van de post’ volgt kort/middel/lang.</translation>
    </message>
    <message>
        <source>Repeat penalty</source>
        <translation>Herhalingsstraf</translation>
    </message>
    <message>
        <source>Above 1 discourages repeating the same words.</source>
        <translation>Boven 1 ontmoedigt het herhalen van dezelfde woorden.</translation>
    </message>
    <message>
        <source>Seed</source>
        <translation>Seed</translation>
    </message>
    <message>
        <source>A fixed seed gives the same post for the same input.</source>
        <translation>Met een vaste seed krijg je bij dezelfde invoer dezelfde post.</translation>
    </message>
    <message>
        <source>Settings for %1</source>
        <translation>Instellingen voor %1</translation>
    </message>
    <message>
        <source>Changing the context window or threads restarts the model in the background.</source>
        <translation>Wijzig je het contextvenster of het aantal threads, dan start het model op de achtergrond opnieuw.</translation>
    </message>
    <message>
        <source>Reset to defaults</source>
        <translation>Standaardwaarden herstellen</translation>
    </message>
</context>
<context>
    <name>Facts</name>
    <message>
        <source>Only the first {count} figures and names were checked against the story.</source>
        <translation>Alleen de eerste {count} getallen en namen zijn met het verhaal vergeleken.</translation>
    </message>
    <message>
        <source>A post with this many is unusual; check the rest yourself.</source>
        <translation>Zoveel is ongebruikelijk in een post; controleer de rest zelf.</translation>
    </message>
    <message>
        <source>A wrong amount is the fastest way to lose trust, and unreleased figures may be confidential. Check it against the story.</source>
        <translation>Een verkeerd bedrag kost het snelst vertrouwen, en cijfers die nog niet openbaar zijn, kunnen vertrouwelijk zijn. Leg het naast het verhaal.</translation>
    </message>
    <message>
        <source>A date the story does not give may be wrong. Check it before posting.</source>
        <translation>Een datum die niet in het verhaal staat, kan fout zijn. Controleer hem voordat je post.</translation>
    </message>
    <message>
        <source>A time the story does not give may be wrong. Check it before posting.</source>
        <translation>Een tijd die niet in het verhaal staat, kan fout zijn. Controleer hem voordat je post.</translation>
    </message>
    <message>
        <source>The model sometimes invents or mixes up names of people, places, companies and products. Check it; if it is right, add it to your notes.</source>
        <translation>Het model verzint of verwisselt soms namen van mensen, plaatsen, bedrijven en producten. Controleer het; klopt het, zet het dan in je notities.</translation>
    </message>
    <message>
        <source>These words are not quoted from the story or your notes.</source>
        <translation>Deze woorden zijn geen citaat uit het verhaal of je notities.</translation>
    </message>
    <message>
        <source>Readers take words in quotation marks as what someone said. If nobody said them, put them in your own words; if someone did, add the quotation to your notes.</source>
        <translation>Lezers zien woorden tussen aanhalingstekens als iets wat iemand gezegd heeft. Heeft niemand dat gezegd, zeg het dan in je eigen woorden; heeft iemand het wel gezegd, zet het citaat dan in je notities.</translation>
    </message>
    <message>
        <source>A figure the story does not give may be a slip of the model, or not public yet. Check it before posting.</source>
        <translation>Een getal dat niet in het verhaal staat, kan een vergissing van het model zijn, of nog niet openbaar. Controleer het voordat je post.</translation>
    </message>
    <message>
        <source>The story gives this figure with another date. A year or month from one event put next to another is an easy slip; check which date belongs to it.</source>
        <translation>Het verhaal noemt dit getal bij een andere datum. Een jaar of maand van de ene gebeurtenis bij een andere zetten is een makkelijke vergissing; controleer welke datum erbij hoort.</translation>
    </message>
    <message>
        <source>“{date}” is not the date the story gives for “{figure}”.</source>
        <translation>‘{date}’ is niet de datum die het verhaal noemt bij ‘{figure}’.</translation>
    </message>
    <message>
        <source>“{fact}” is not in the story or your notes.</source>
        <translation>‘{fact}’ staat niet in het verhaal of je notities.</translation>
    </message>
    <message>
        <source>The story has this figure, but gives it to another party, line or time. A figure moved from one line of a story to the next is an easy slip; check what it belongs to.</source>
        <translation>Dit getal staat in het verhaal, maar hoort daar bij een andere partij, regel of tijd. Een getal dat van de ene zin naar de andere verhuist, glipt er makkelijk door: kijk waar het bij hoort.</translation>
    </message>
    <message>
        <source>The story gives “{text}” to someone or something else.</source>
        <translation>In het verhaal hoort ‘{text}’ bij iemand of iets anders.</translation>
    </message>
    <message>
        <source>The story gives “{text}” for another time.</source>
        <translation>In het verhaal hoort ‘{text}’ bij een ander moment.</translation>
    </message>
    <message>
        <source>The story has this figure, but says it about something else. A figure from one line of a story put next to another is an easy slip; check what it belongs to.</source>
        <translation>Dit getal staat in het verhaal, maar gaat daar over iets anders. Een getal uit de ene zin naast iets uit een andere zetten is een makkelijke vergissing: kijk waar het bij hoort.</translation>
    </message>
    <message>
        <source>The story gives “{text}” for something else.</source>
        <translation>In het verhaal hoort ‘{text}’ bij iets anders.</translation>
    </message>
    <message>
        <source>Words put in the wrong mouth are a misquote. Check who said them in the story.</source>
        <translation>Woorden in de verkeerde mond zijn een verkeerd citaat. Kijk in het verhaal wie ze zei.</translation>
    </message>
    <message>
        <source>In the story, {speaker} says this, not {other}.</source>
        <translation>In het verhaal zegt {speaker} dit, niet {other}.</translation>
    </message>
    <message>
        <source>The story has this place, but not as where this organisation is from. Check it before posting.</source>
        <translation>Deze plaats staat in het verhaal, maar niet als de plek waar deze organisatie vandaan komt. Controleer het voordat je post.</translation>
    </message>
    <message>
        <source>The story does not say it is based in “{place}”.</source>
        <translation>Volgens het verhaal zit het niet in ‘{place}’.</translation>
    </message>
    <message>
        <source>Names and titles of the story mixed up are easy to miss and embarrassing in public. Check who is what.</source>
        <translation>Namen en functies door elkaar halen zie je makkelijk over het hoofd, en in het openbaar is het pijnlijk. Kijk wie wat is.</translation>
    </message>
    <message>
        <source>The story does not call {name} “{title}”.</source>
        <translation>Het verhaal noemt {name} geen ‘{title}’.</translation>
    </message>
    <message>
        <source>The story does not call {name} “{said}”.</source>
        <translation>Het verhaal noemt {name} geen ‘{said}’.</translation>
    </message>
    <message>
        <source>The story does not say this of {name}: “{said}”.</source>
        <translation>Dat zegt het verhaal niet over {name}: ‘{said}’.</translation>
    </message>
    <message>
        <source>“{name}” is not named in the story or your notes.</source>
        <translation>‘{name}’ wordt niet genoemd in het verhaal of je notities.</translation>
    </message>
    <message>
        <source>{facts} and {count} more</source>
        <translation>{facts} en nog {count}</translation>
    </message>
    <message>
        <source>1 fact is not in the story or your notes: {facts}. Check before you post.</source>
        <translation>1 feit staat niet in het verhaal of je notities: {facts}. Controleer het voordat je post.</translation>
    </message>
    <message>
        <source>{count} facts are not in the story or your notes: {facts}. Check before you post.</source>
        <translation>{count} feiten staan niet in het verhaal of je notities: {facts}. Controleer ze voordat je post.</translation>
    </message>
</context>
<context>
    <name>FindingHighlighter</name>
    <message>
        <source>Story says: {fact}</source>
        <translation>In het verhaal: {fact}</translation>
    </message>
</context>
<context>
    <name>FirstRunOffer</name>
    <message>
        <source>Get a better model</source>
        <translation>Een beter model downloaden</translation>
    </message>
    <message>
        <source>&lt;p&gt;OwnVoice came with a tiny starter model: it shows how everything works, but its posts are weak.&lt;/p&gt;&lt;p&gt;&lt;b&gt;%1&lt;/b&gt; writes much better English and Dutch and fits this computer. It is a %2 download, once; after that it runs offline.&lt;/p&gt;&lt;p&gt;%3&lt;/p&gt;&lt;p&gt;Licence: %4. %5&lt;/p&gt;</source>
        <translation>&lt;p&gt;OwnVoice kwam met een klein startmodel: daarmee zie je hoe alles werkt, maar de posts zijn zwak.&lt;/p&gt;&lt;p&gt;&lt;b&gt;%1&lt;/b&gt; schrijft veel beter Nederlands en Engels en past op deze computer. Het is een download van %2, eenmalig; daarna werkt het offline.&lt;/p&gt;&lt;p&gt;%3&lt;/p&gt;&lt;p&gt;Licentie: %4. %5&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Download</source>
        <translation>Downloaden</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>Niet nu</translation>
    </message>
    <message>
        <source>You can download it later under Model → Manage models.</source>
        <translation>Je kunt het later downloaden via Model → Modellen beheren.</translation>
    </message>
</context>
<context>
    <name>GenerationWorker</name>
    <message>
        <source>The model could not be loaded: %1</source>
        <translation>Het model kon niet worden geladen: %1</translation>
    </message>
    <message>
        <source>No model is loaded yet. Choose a model under Model, then try again.</source>
        <translation>Er is nog geen model geladen. Kies een model onder Model en probeer het opnieuw.</translation>
    </message>
    <message>
        <source>Something went wrong while writing: %1</source>
        <translation>Er ging iets mis tijdens het schrijven: %1</translation>
    </message>
</context>
<context>
    <name>GetModelsTab</name>
    <message>
        <source>Model</source>
        <translation>Model</translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation>Parameters</translation>
    </message>
    <message>
        <source>Download</source>
        <translation>Download</translation>
    </message>
    <message>
        <source>Memory on this computer</source>
        <translation>Geheugen op deze computer</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>Licentie</translation>
    </message>
    <message>
        <source>Models you can download</source>
        <translation>Modellen die je kunt downloaden</translation>
    </message>
    <message>
        <source>Download from a link…</source>
        <translation>Downloaden via een link…</translation>
    </message>
    <message>
        <source>This computer has %1 of memory: models marked “fits” run well on it.</source>
        <translation>Deze computer heeft %1 geheugen: modellen met ‘past’ draaien er goed op.</translation>
    </message>
    <message>
        <source>OwnVoice could not read how much memory this computer has.</source>
        <translation>OwnVoice kon niet uitlezen hoeveel geheugen deze computer heeft.</translation>
    </message>
    <message>
        <source>Downloads go to %1 and run offline from then on. You can also put any instruction-tuned .gguf model there yourself (Q4_K_M files balance size and quality) and use it from My models.</source>
        <translation>Downloads komen in %1 en werken daarna offline. Je kunt daar ook zelf elk instructiegetraind .gguf-model neerzetten (Q4_K_M-bestanden zijn een goede balans tussen grootte en kwaliteit) en het gebruiken via Mijn modellen.</translation>
    </message>
    <message>
        <source>For %1 GB laptops</source>
        <translation>Voor laptops met %1 GB</translation>
    </message>
    <message>
        <source> (recommended)</source>
        <translation> (aanbevolen)</translation>
    </message>
    <message>
        <source> · downloaded</source>
        <translation> · gedownload</translation>
    </message>
    <message>
        <source> (accept first)</source>
        <translation> (eerst accepteren)</translation>
    </message>
    <message>
        <source>checked against the SHA-256 the catalogue lists</source>
        <translation>gecontroleerd met de SHA-256 uit de catalogus</translation>
    </message>
    <message>
        <source>checked against the SHA-256 the server gives</source>
        <translation>gecontroleerd met de SHA-256 die de server geeft</translation>
    </message>
    <message>
        <source>Read it</source>
        <translation>Lees hem</translation>
    </message>
    <message>
        <source>Model page</source>
        <translation>Modelpagina</translation>
    </message>
    <message>
        <source>The download is %1.</source>
        <translation>De download wordt %1.</translation>
    </message>
    <message>
        <source>Download from a link</source>
        <translation>Downloaden via een link</translation>
    </message>
    <message>
        <source>Link to a .gguf file (https://…):</source>
        <translation>Link naar een .gguf-bestand (https://…):</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a web link.</source>
        <translation>‘%1’ is geen weblink.</translation>
    </message>
    <message>
        <source>%1 is already in your models folder.</source>
        <translation>%1 staat al in je modellenmap.</translation>
    </message>
</context>
<context>
    <name>Guidelines</name>
    <message>
        <source>{name} guidelines</source>
        <translation>richtlijnen van {name}</translation>
    </message>
    <message>
        <source>your company guidelines</source>
        <translation>de richtlijnen van je bedrijf</translation>
    </message>
    <message>
        <source>{guidelines} say “{term}” must not appear.</source>
        <translation>Volgens {guidelines} mag ‘{term}’ er niet in staan.</translation>
    </message>
    <message>
        <source>Confidential names and unreleased figures stay inside the company.</source>
        <translation>Vertrouwelijke namen en nog niet gepubliceerde cijfers blijven binnen het bedrijf.</translation>
    </message>
    <message>
        <source>{guidelines} ask to avoid “{word}”. Try “{instead}”.</source>
        <translation>{guidelines} vragen om ‘{word}’ te vermijden. Probeer ‘{instead}’.</translation>
    </message>
    <message>
        <source>{guidelines} ask to avoid “{word}”.</source>
        <translation>{guidelines} vragen om ‘{word}’ te vermijden.</translation>
    </message>
    <message>
        <source>A word your company prefers not to use in public posts.</source>
        <translation>Een woord dat je bedrijf liever niet in openbare posts ziet.</translation>
    </message>
    <message>
        <source>{guidelines} suggest a disclosure line: “{line}”</source>
        <translation>{guidelines} raden een regel aan die zegt waar je werkt: ‘{line}’</translation>
    </message>
    <message>
        <source>Saying where you work keeps the post honest when you write about your employer.</source>
        <translation>Zeggen waar je werkt houdt de post eerlijk als je over je werkgever schrijft.</translation>
    </message>
    <message>
        <source>{count} hashtags; {guidelines} allow {limit}.</source>
        <translation>{count} hashtags; {guidelines} staan er {limit} toe.</translation>
    </message>
    <message>
        <source>Your company keeps hashtags few so posts do not look like campaigns.</source>
        <translation>Je bedrijf houdt het aantal hashtags klein, zodat posts niet als campagne ogen.</translation>
    </message>
    <message>
        <source>{guidelines} ask for {hashtag}.</source>
        <translation>{guidelines} vragen om {hashtag}.</translation>
    </message>
    <message>
        <source>A shared hashtag lets colleagues find each other&apos;s posts.</source>
        <translation>Met een gedeelde hashtag vinden collega’s elkaars posts.</translation>
    </message>
</context>
<context>
    <name>Guidelines (sentence start)</name>
    <message>
        <source>{name} guidelines</source>
        <translation>De richtlijnen van {name}</translation>
    </message>
    <message>
        <source>Your company guidelines</source>
        <translation>De richtlijnen van je bedrijf</translation>
    </message>
</context>
<context>
    <name>GuidelinesBox</name>
    <message>
        <source>Company guidelines</source>
        <translation>Bedrijfsrichtlijnen</translation>
    </message>
    <message>
        <source>Guideline rules</source>
        <translation>Regels uit de richtlijnen</translation>
    </message>
    <message>
        <source>A draft that breaks a rule gets a hint on its card. Nothing is ever blocked or sent.</source>
        <translation>Een concept dat een regel breekt, krijgt een tip op de kaart. Er wordt nooit iets geblokkeerd of verstuurd.</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>Importeren…</translation>
    </message>
    <message>
        <source>Open a guidelines file (.toml) from your company</source>
        <translation>Een richtlijnenbestand (.toml) van je bedrijf openen</translation>
    </message>
    <message>
        <source>Import guidelines file</source>
        <translation>Richtlijnenbestand importeren</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <source>Stop checking drafts against these guidelines</source>
        <translation>Concepten niet meer aan deze richtlijnen toetsen</translation>
    </message>
    <message>
        <source>Remove guidelines</source>
        <translation>Richtlijnen verwijderen</translation>
    </message>
    <message>
        <source>None imported. If your company has a guidelines file, import it here.</source>
        <translation>Nog niets geïmporteerd. Heeft je bedrijf een richtlijnenbestand, importeer het dan hier.</translation>
    </message>
    <message>
        <source>The file sets no rules.</source>
        <translation>Het bestand bevat geen regels.</translation>
    </message>
    <message>
        <source>Imported guidelines</source>
        <translation>Geïmporteerde richtlijnen</translation>
    </message>
    <message>
        <source>Import company guidelines</source>
        <translation>Bedrijfsrichtlijnen importeren</translation>
    </message>
    <message>
        <source>Guidelines (*.toml);;All files (*)</source>
        <translation>Richtlijnen (*.toml);;Alle bestanden (*)</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <source>History: %1</source>
        <translation>Geschiedenis: %1</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Geschiedenis</translation>
    </message>
    <message>
        <source>Versions, newest first</source>
        <translation>Versies, nieuwste eerst</translation>
    </message>
    <message>
        <source>&amp;Versions</source>
        <translation>&amp;Versies</translation>
    </message>
    <message>
        <source>Compare with version</source>
        <translation>Vergelijken met versie</translation>
    </message>
    <message>
        <source>&amp;Compare with</source>
        <translation>&amp;Vergelijken met</translation>
    </message>
    <message>
        <source>Older version, removed words struck through</source>
        <translation>Oudere versie, verwijderde woorden doorgestreept</translation>
    </message>
    <message>
        <source>Newer version, added words underlined</source>
        <translation>Nieuwere versie, toegevoegde woorden onderstreept</translation>
    </message>
    <message>
        <source>&amp;Restore this version</source>
        <translation>Deze versie &amp;terugzetten</translation>
    </message>
    <message>
        <source>Restore the selected version</source>
        <translation>De gekozen versie terugzetten</translation>
    </message>
    <message>
        <source>Written by %1</source>
        <translation>Geschreven door %1</translation>
    </message>
    <message>
        <source>%1 (current)</source>
        <translation>%1 (huidig)</translation>
    </message>
    <message>
        <source>Tweak: %1</source>
        <translation>Aanpassing: %1</translation>
    </message>
    <message>
        <source>Generated</source>
        <translation>Gegenereerd</translation>
    </message>
    <message>
        <source>Your edit</source>
        <translation>Jouw bewerking</translation>
    </message>
    <message>
        <source>Restored</source>
        <translation>Teruggezet</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Geïmporteerd</translation>
    </message>
    <message>
        <source>This post has no saved versions yet.</source>
        <translation>Deze post heeft nog geen opgeslagen versies.</translation>
    </message>
    <message>
        <source>Before: %1</source>
        <translation>Voor: %1</translation>
    </message>
    <message>
        <source>After: %1</source>
        <translation>Na: %1</translation>
    </message>
    <message>
        <source>Read-only: %1</source>
        <translation>Alleen-lezen: %1</translation>
    </message>
    <message>
        <source>Make %1 the post&apos;s text again</source>
        <translation>Maak van %1 weer de tekst van de post</translation>
    </message>
    <message>
        <source>You are comparing a version with itself.</source>
        <translation>Je vergelijkt een versie met zichzelf.</translation>
    </message>
    <message>
        <source>These two versions have the same text.</source>
        <translation>Deze twee versies hebben dezelfde tekst.</translation>
    </message>
    <message>
        <source>Left: the older version, removed words struck through. Right: the newer one, added words underlined.</source>
        <translation>Links: de oudere versie, verwijderde woorden doorgestreept. Rechts: de nieuwere, toegevoegde woorden onderstreept.</translation>
    </message>
</context>
<context>
    <name>Keyring</name>
    <message>
        <source>This computer has no system keyring that OwnVoice can use (such as GNOME Keyring, KWallet, the macOS Keychain or the Windows Credential Locker).</source>
        <translation>Deze computer heeft geen sleutelbos die OwnVoice kan gebruiken (zoals GNOME Keyring, KWallet, de macOS-sleutelhanger of Windows Referentiebeheer).</translation>
    </message>
    <message>
        <source>The system keyring is locked. Unlock it (usually by logging in to your desktop) and try again.</source>
        <translation>De sleutelbos van het systeem is vergrendeld. Ontgrendel hem (meestal door in te loggen op je bureaublad) en probeer het opnieuw.</translation>
    </message>
    <message>
        <source>The system keyring could not be started ({reason}).</source>
        <translation>De sleutelbos van het systeem kon niet worden gestart ({reason}).</translation>
    </message>
</context>
<context>
    <name>Languages</name>
    <message>
        <source>English</source>
        <translation>Engels</translation>
    </message>
    <message>
        <source>Dutch</source>
        <translation>Nederlands</translation>
    </message>
</context>
<context>
    <name>Library</name>
    <message>
        <source>Your drafts library is already open in another OwnVoice window (or ownvoice-cli is using it). Close that one and try again: two programs writing at once could damage it.</source>
        <translation>Je conceptenbibliotheek is al open in een ander OwnVoice-venster (of ownvoice-cli gebruikt hem). Sluit dat eerst en probeer het opnieuw: twee programma’s die tegelijk schrijven, kunnen hem beschadigen.</translation>
    </message>
    <message>
        <source>That passphrase does not open your drafts library. Check it (capitals count) and try again. The library has not been changed.</source>
        <translation>Met die wachtwoordzin gaat je conceptenbibliotheek niet open. Controleer hem (hoofdletters tellen mee) en probeer het opnieuw. Er is niets aan de bibliotheek veranderd.</translation>
    </message>
    <message>
        <source>The key in the system keyring does not open the drafts library at {path}: the keyring entry may have been replaced. OwnVoice has left the file untouched.</source>
        <translation>De sleutel in de sleutelbos opent de conceptenbibliotheek in {path} niet: misschien is het item in de sleutelbos vervangen. OwnVoice heeft het bestand niet aangeraakt.</translation>
    </message>
</context>
<context>
    <name>LibraryUnlock</name>
    <message>
        <source>Your drafts cannot be opened</source>
        <translation>Je concepten kunnen niet worden geopend</translation>
    </message>
    <message>
        <source>OwnVoice keeps working, but your drafts are not saved until this is solved.</source>
        <translation>OwnVoice blijft werken, maar je concepten worden pas weer bewaard als dit is opgelost.</translation>
    </message>
</context>
<context>
    <name>Limits</name>
    <message>
        <source>LinkedIn shows @mentions in pasted text as plain text; tag people in LinkedIn itself.</source>
        <translation>LinkedIn toont @vermeldingen in geplakte tekst als gewone tekst; tag mensen in LinkedIn zelf.</translation>
    </message>
    <message>
        <source>Your post is {length} characters; LinkedIn allows {limit}. Cut {over}.</source>
        <translation>Je post telt {length} tekens; LinkedIn staat er {limit} toe. Haal er {over} weg.</translation>
    </message>
    <message>
        <source>LinkedIn will not publish a longer post. (Emoji and styled letters count as two.)</source>
        <translation>LinkedIn plaatst geen langere post. (Emoji en opgemaakte letters tellen als twee.)</translation>
    </message>
    <message>
        <source>Your first sentence runs past the fold; readers see only its start before ‘…see more’.</source>
        <translation>Je eerste zin loopt door na de vouw; lezers zien alleen het begin vóór ‘…meer weergeven’.</translation>
    </message>
    <message>
        <source>Put the hook, the line that makes people click, in a short first sentence.</source>
        <translation>Zet de haak, de regel waarop mensen doorklikken, in een korte eerste zin.</translation>
    </message>
    <message>
        <source>{count} hashtags; more than {limit} can make LinkedIn treat the post as spam.</source>
        <translation>{count} hashtags; bij meer dan {limit} kan LinkedIn de post als spam zien.</translation>
    </message>
    <message>
        <source>Keep the three to five that people actually follow.</source>
        <translation>Houd de drie tot vijf die mensen echt volgen.</translation>
    </message>
    <message>
        <source>“{mention}” will show as plain text.</source>
        <translation>‘{mention}’ wordt als gewone tekst getoond.</translation>
    </message>
</context>
<context>
    <name>LinkedInPreview</name>
    <message>
        <source>…see more</source>
        <translation>…meer weergeven</translation>
    </message>
    <message>
        <source>…show less</source>
        <translation>…minder weergeven</translation>
    </message>
    <message>
        <source>Your post preview appears here</source>
        <translation>Hier verschijnt het voorbeeld van je post</translation>
    </message>
    <message>
        <source>Desktop</source>
        <translation>Desktop</translation>
    </message>
    <message>
        <source>Show the post as in LinkedIn&apos;s desktop feed</source>
        <translation>De post tonen zoals in de LinkedIn-tijdlijn op de computer</translation>
    </message>
    <message>
        <source>Desktop preview</source>
        <translation>Voorbeeld op de computer</translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation>Mobiel</translation>
    </message>
    <message>
        <source>Show the post as in LinkedIn&apos;s mobile app</source>
        <translation>De post tonen zoals in de mobiele LinkedIn-app</translation>
    </message>
    <message>
        <source>Mobile preview</source>
        <translation>Voorbeeld op mobiel</translation>
    </message>
    <message>
        <source>LinkedIn post preview</source>
        <translation>Voorbeeld van de LinkedIn-post</translation>
    </message>
    <message>
        <source>Post text</source>
        <translation>Tekst van de post</translation>
    </message>
    <message>
        <source>now</source>
        <translation>nu</translation>
    </message>
    <message>
        <source>Posted now, visible to anyone</source>
        <translation>Zojuist geplaatst, zichtbaar voor iedereen</translation>
    </message>
    <message>
        <source>Post menu (decorative)</source>
        <translation>Postmenu (alleen decoratie)</translation>
    </message>
    <message>
        <source>Like</source>
        <translation>Interessant</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Reageren</translation>
    </message>
    <message>
        <source>Repost</source>
        <translation>Repost</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Versturen</translation>
    </message>
    <message>
        <source>{action} (preview only)</source>
        <translation>{action} (alleen voorbeeld)</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Je naam</translation>
    </message>
    <message>
        <source>Your headline (set it in your profile)</source>
        <translation>Je kopregel (stel die in bij je profiel)</translation>
    </message>
    <message>
        <source>Profile picture of {name}</source>
        <translation>Profielfoto van {name}</translation>
    </message>
    <message>
        <source>Profile picture</source>
        <translation>Profielfoto</translation>
    </message>
    <message>
        <source>Author: {name}</source>
        <translation>Auteur: {name}</translation>
    </message>
    <message>
        <source>Headline: {headline}</source>
        <translation>Kopregel: {headline}</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>OwnVoice</source>
        <translation>OwnVoice</translation>
    </message>
    <message>
        <source>Drafts not saved</source>
        <translation>Concepten niet bewaard</translation>
    </message>
    <message>
        <source>Your drafts</source>
        <translation>Je concepten</translation>
    </message>
    <message>
        <source>LinkedIn preview</source>
        <translation>LinkedIn-voorbeeld</translation>
    </message>
</context>
<context>
    <name>MessageBanner</name>
    <message>
        <source>Dismiss</source>
        <translation>Sluiten</translation>
    </message>
    <message>
        <source>Dismiss message</source>
        <translation>Melding sluiten</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Melding</translation>
    </message>
</context>
<context>
    <name>ModelFeatures</name>
    <message>
        <source>Model downloads</source>
        <translation>Modeldownloads</translation>
    </message>
    <message>
        <source>Downloading %1%2</source>
        <translation>%1%2 downloaden</translation>
    </message>
</context>
<context>
    <name>ModelFiles</name>
    <message>
        <source>{name} cannot be added: {reason}</source>
        <translation>{name} kan niet worden toegevoegd: {reason}</translation>
    </message>
    <message>
        <source>{name} cannot be read ({reason}).</source>
        <translation>{name} kan niet worden gelezen ({reason}).</translation>
    </message>
    <message>
        <source>{name} cannot be added: it is an add-on file, not a chat model.</source>
        <translation>{name} kan niet worden toegevoegd: het is een aanvullend bestand, geen chatmodel.</translation>
    </message>
    <message>
        <source>{name} is already in your models folder.</source>
        <translation>{name} staat al in je modellenmap.</translation>
    </message>
    <message>
        <source>Your models folder already has a different file called {name}. Rename one of them first.</source>
        <translation>In je modellenmap staat al een ander bestand met de naam {name}. Geef een van beide eerst een andere naam.</translation>
    </message>
    <message>
        <source>A link to {name} could not be made ({reason}). Copy the file instead.</source>
        <translation>Er kon geen link naar {name} worden gemaakt ({reason}). Kopieer het bestand in plaats daarvan.</translation>
    </message>
    <message>
        <source>Not enough free disk space to copy the model: it needs {needed} and {free} is free. Free some space, or add it as a link instead.</source>
        <translation>Niet genoeg vrije schijfruimte om het model te kopiëren: het heeft {needed} nodig en er is {free} vrij. Maak ruimte vrij, of voeg het toe als link.</translation>
    </message>
    <message>
        <source>The model could not be copied ({reason}); nothing was added.</source>
        <translation>Het model kon niet worden gekopieerd ({reason}); er is niets toegevoegd.</translation>
    </message>
    <message>
        <source>Part {name} of this split model is missing next to it.</source>
        <translation>Deel {name} van dit gesplitste model ontbreekt ernaast.</translation>
    </message>
    <message>
        <source>The starter model comes with OwnVoice and cannot be removed.</source>
        <translation>Het startmodel hoort bij OwnVoice en kan niet worden verwijderd.</translation>
    </message>
    <message>
        <source>Only .gguf model files can be removed here.</source>
        <translation>Alleen .gguf-modelbestanden kunnen hier worden verwijderd.</translation>
    </message>
    <message>
        <source>Only models in your models folders can be removed here.</source>
        <translation>Alleen modellen in je modellenmappen kunnen hier worden verwijderd.</translation>
    </message>
    <message>
        <source>{name} could not be removed ({reason}).</source>
        <translation>{name} kon niet worden verwijderd ({reason}).</translation>
    </message>
</context>
<context>
    <name>ModelGetTab</name>
    <message>
        <source>%1 is under the %2. %3

Read the licence at %4. Do you accept it?</source>
        <translation>%1 valt onder de %2. %3

Lees de licentie op %4. Ga je ermee akkoord?</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>Licentie</translation>
    </message>
</context>
<context>
    <name>ModelManager</name>
    <message>
        <source>Remove model</source>
        <translation>Model verwijderen</translation>
    </message>
    <message>
        <source>Adding the model was cancelled; nothing was added.</source>
        <translation>Het toevoegen van het model is geannuleerd; er is niets toegevoegd.</translation>
    </message>
    <message>
        <source>The model could not be added: %1</source>
        <translation>Het model kon niet worden toegevoegd: %1</translation>
    </message>
</context>
<context>
    <name>ModelManagerDialog</name>
    <message>
        <source>Models</source>
        <translation>Modellen</translation>
    </message>
    <message>
        <source>Listing failed: %1</source>
        <translation>Opsommen mislukt: %1</translation>
    </message>
    <message>
        <source>My models</source>
        <translation>Mijn modellen</translation>
    </message>
    <message>
        <source>Get models</source>
        <translation>Modellen downloaden</translation>
    </message>
    <message>
        <source>Where posts are written</source>
        <translation>Waar posts worden geschreven</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Sluiten</translation>
    </message>
    <message>
        <source>Your models</source>
        <translation>Je modellen</translation>
    </message>
    <message>
        <source>Use this model</source>
        <translation>Dit model gebruiken</translation>
    </message>
    <message>
        <source>Engine settings…</source>
        <translation>Engine-instellingen…</translation>
    </message>
    <message>
        <source>Copy a model file into my models folder…</source>
        <translation>Een modelbestand naar mijn modellenmap kopiëren…</translation>
    </message>
    <message>
        <source>Link to a model file where it is…</source>
        <translation>Naar een modelbestand linken waar het staat…</translation>
    </message>
    <message>
        <source>Add a model file</source>
        <translation>Een modelbestand toevoegen</translation>
    </message>
    <message>
        <source>Add a folder…</source>
        <translation>Een map toevoegen…</translation>
    </message>
    <message>
        <source>Remove…</source>
        <translation>Verwijderen…</translation>
    </message>
    <message>
        <source>Open models folder</source>
        <translation>Modellenmap openen</translation>
    </message>
    <message>
        <source>Reading model files…</source>
        <translation>Modelbestanden lezen…</translation>
    </message>
    <message numerus="yes">
        <source>%n model file(s) in %1.</source>
        <translation>
            <numerusform>%n modelbestand in %1.</numerusform>
            <numerusform>%n modelbestanden in %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n cannot be used (hover for the reason).</source>
        <translation>
            <numerusform>%n is niet bruikbaar (wijs aan voor de reden).</numerusform>
            <numerusform>%n zijn niet bruikbaar (wijs aan voor de reden).</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 cannot be used: %2</source>
        <translation>%1 is niet bruikbaar: %2</translation>
    </message>
    <message>
        <source>needs about %1 of this computer&apos;s %2 memory: %3</source>
        <translation>heeft ongeveer %1 nodig van de %2 geheugen van deze computer: %3</translation>
    </message>
    <message>
        <source>no chat template: OwnVoice uses the common ChatML format, which may suit it poorly</source>
        <translation>geen chatsjabloon: OwnVoice gebruikt het gangbare ChatML-formaat, dat er misschien slecht bij past</translation>
    </message>
    <message>
        <source>Choose a GGUF model</source>
        <translation>Kies een GGUF-model</translation>
    </message>
    <message>
        <source>GGUF models (*.gguf)</source>
        <translation>GGUF-modellen (*.gguf)</translation>
    </message>
    <message>
        <source>Adding %1…</source>
        <translation>%1 toevoegen…</translation>
    </message>
    <message>
        <source>Added %1.</source>
        <translation>%1 toegevoegd.</translation>
    </message>
    <message>
        <source>Add a folder with models</source>
        <translation>Een map met modellen toevoegen</translation>
    </message>
    <message>
        <source>Remove the link %1 from your models? The model file it points to stays where it is.</source>
        <translation>De link %1 uit je modellen verwijderen? Het modelbestand waarnaar hij wijst, blijft staan.</translation>
    </message>
    <message>
        <source>Delete %1 (%2) from this computer? This cannot be undone; you would have to download or copy it again.</source>
        <translation>%1 (%2) van deze computer verwijderen? Dit kan niet ongedaan worden gemaakt; je moet het dan opnieuw downloaden of kopiëren.</translation>
    </message>
    <message>
        <source>Could not save your settings (%1).</source>
        <translation>Je instellingen konden niet worden opgeslagen (%1).</translation>
    </message>
</context>
<context>
    <name>ModelMenu</name>
    <message>
        <source>Posts are written on %1</source>
        <translation>Posts worden geschreven op %1</translation>
    </message>
    <message>
        <source>Looking for models…</source>
        <translation>Modellen zoeken…</translation>
    </message>
    <message>
        <source>%1 (cannot be used)</source>
        <translation>%1 (niet bruikbaar)</translation>
    </message>
    <message>
        <source>Manage models…</source>
        <translation>Modellen beheren…</translation>
    </message>
    <message>
        <source>Choose a model file…</source>
        <translation>Een modelbestand kiezen…</translation>
    </message>
    <message>
        <source>Open my models folder</source>
        <translation>Mijn modellenmap openen</translation>
    </message>
    <message>
        <source>Choose a GGUF model</source>
        <translation>Kies een GGUF-model</translation>
    </message>
    <message>
        <source>GGUF models (*.gguf)</source>
        <translation>GGUF-modellen (*.gguf)</translation>
    </message>
</context>
<context>
    <name>ModelStatus</name>
    <message>
        <source>Model</source>
        <translation>Model</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Speed of the last run</source>
        <translation>Snelheid van de laatste keer</translation>
    </message>
    <message>
        <source>Starter model: writes poorly · Get a better model</source>
        <translation>Startmodel: schrijft matig · Beter model</translation>
    </message>
    <message>
        <source>Get a better model than the starter model</source>
        <translation>Een beter model downloaden dan het startmodel</translation>
    </message>
    <message>
        <source>No model is installed.</source>
        <translation>Er is geen model geïnstalleerd.</translation>
    </message>
    <message>
        <source>No model is installed. Put a .gguf model file in %1 and choose it under Model.</source>
        <translation>Er is geen model geïnstalleerd. Zet een .gguf-modelbestand in %1 en kies het onder Model.</translation>
    </message>
    <message>
        <source>Stop the current drafts before switching models.</source>
        <translation>Stop eerst de huidige concepten voordat je van model wisselt.</translation>
    </message>
    <message>
        <source>%1 tokens/s</source>
        <translation>%1 tokens/s</translation>
    </message>
    <message>
        <source>How fast the model wrote the last card (a token is about ¾ of a word).</source>
        <translation>Hoe snel het model de laatste kaart schreef (een token is ongeveer ¾ woord).</translation>
    </message>
    <message>
        <source>%1 per card · all cards at once</source>
        <translation>%1 per kaart · alles tegelijk</translation>
    </message>
    <message>
        <source>The model read the story once and wrote every card at the same time.</source>
        <translation>Het model las het verhaal één keer en schreef alle kaarten tegelijk.</translation>
    </message>
    <message>
        <source>%1 · one card after another</source>
        <translation>%1 · de ene kaart na de andere</translation>
    </message>
    <message>
        <source>The cards were written one after another: %1.</source>
        <translation>De kaarten zijn na elkaar geschreven: %1.</translation>
    </message>
    <message>
        <source>%1
%2-token context</source>
        <translation>%1
context van %2 tokens</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>Stoppen…</translation>
    </message>
    <message>
        <source>Writing…</source>
        <translation>Schrijven…</translation>
    </message>
    <message>
        <source>Loading the model…</source>
        <translation>Model laden…</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Klaar</translation>
    </message>
    <message>
        <source>Model not available</source>
        <translation>Model niet beschikbaar</translation>
    </message>
</context>
<context>
    <name>ModelTable</name>
    <message>
        <source>fits</source>
        <translation>past</translation>
    </message>
    <message>
        <source>tight</source>
        <translation>krap</translation>
    </message>
    <message>
        <source>too big</source>
        <translation>te groot</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Model</translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation>Parameters</translation>
    </message>
    <message>
        <source>Quantisation</source>
        <translation>Kwantisatie</translation>
    </message>
    <message>
        <source>File size</source>
        <translation>Bestandsgrootte</translation>
    </message>
    <message>
        <source>Trained context</source>
        <translation>Getrainde context</translation>
    </message>
    <message>
        <source>Chat template</source>
        <translation>Chatsjabloon</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>Licentie</translation>
    </message>
    <message>
        <source>Memory on this computer</source>
        <translation>Geheugen op deze computer</translation>
    </message>
    <message>
        <source>Cannot be used: %1</source>
        <translation>Niet bruikbaar: %1</translation>
    </message>
    <message>
        <source> (in use)</source>
        <translation> (in gebruik)</translation>
    </message>
    <message>
        <source>Unusable: %1</source>
        <translation>Onbruikbaar: %1</translation>
    </message>
    <message>
        <source>not stated</source>
        <translation>niet vermeld</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nee</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>Models</name>
    <message>
        <source>The model file {path} does not exist. Choose another model, or put a .gguf file in your models folder.</source>
        <translation>Het modelbestand {path} bestaat niet. Kies een ander model, of zet een .gguf-bestand in je modellenmap.</translation>
    </message>
    <message>
        <source>{path} cannot be loaded: {reason} Choose a complete .gguf model file (for example download it again, or pick another model).</source>
        <translation>{path} kan niet worden geladen: {reason} Kies een compleet .gguf-modelbestand (download het bijvoorbeeld opnieuw, of kies een ander model).</translation>
    </message>
    <message>
        <source>about {count} words</source>
        <translation>ongeveer {count} woorden</translation>
    </message>
    <message>
        <source>The story, notes and examples come to {prompt}, but this model reads at most {fits} at a time besides the post it writes. Shorten the story or the samples, or choose a model that reads more at once.</source>
        <translation>Het verhaal, de notities en de voorbeelden komen op {prompt}, maar dit model leest naast de post die het schrijft hooguit {fits} tegelijk. Maak het verhaal of de voorbeelden korter, of kies een model dat meer tegelijk leest.</translation>
    </message>
    <message>
        <source>The model engine stopped unexpectedly ({how}). Your text is safe. The next request starts a fresh engine; if this keeps happening, try a smaller model.</source>
        <translation>De model-engine is onverwacht gestopt ({how}). Je tekst is veilig. Bij de volgende opdracht start een nieuwe engine; gebeurt dit vaker, probeer dan een kleiner model.</translation>
    </message>
</context>
<context>
    <name>NativeCrashDialog</name>
    <message>
        <source>OwnVoice closed unexpectedly</source>
        <translation>OwnVoice is onverwacht afgesloten</translation>
    </message>
    <message>
        <source>(no log file could be written)</source>
        <translation>(er kon geen logbestand worden geschreven)</translation>
    </message>
    <message>
        <source>OwnVoice stopped unexpectedly last time (a crash outside Python, in one of the libraries it uses). Your saved drafts are safe in your library.

The log file is:
%1

The report below holds no text of your drafts: only where in the program it stopped. Copy it to tell us what happened.</source>
        <translation>OwnVoice is de vorige keer onverwacht gestopt (een crash buiten Python, in een van de bibliotheken die het gebruikt). Je bewaarde concepten staan veilig in je bibliotheek.

Het logbestand is:
%1

Het rapport hieronder bevat geen tekst uit je concepten, alleen waar in het programma het stopte. Kopieer het om ons te laten weten wat er gebeurde.</translation>
    </message>
    <message>
        <source>Crash report</source>
        <translation>Crashrapport</translation>
    </message>
    <message>
        <source>Copy report</source>
        <translation>Rapport kopiëren</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Gekopieerd</translation>
    </message>
</context>
<context>
    <name>OwnWords</name>
    <message>
        <source>This reads like the press release — add your own words.</source>
        <translation>Dit leest als het persbericht — voeg je eigen woorden toe.</translation>
    </message>
    <message>
        <source>This repeats one of your earlier posts word for word — say it anew.</source>
        <translation>Dit herhaalt letterlijk een eerdere post van je — zeg het opnieuw.</translation>
    </message>
    <message>
        <source>{share}% of the card&apos;s five-word phrases come straight from the story, and the longest copied run is {words} words. Readers have seen the press release; tell them what it means to you.</source>
        <translation>{share}% van de vijfwoordsgroepen op de kaart komt rechtstreeks uit het verhaal, en het langste overgenomen stuk is {words} woorden. Lezers kennen het persbericht al; vertel wat het voor jou betekent.</translation>
    </message>
    <message>
        <source>The longest run copied from your earlier posts is {words} words. Your network has read those posts; use them for how you write, not for what you say.</source>
        <translation>Het langste stuk uit je eerdere posts is {words} woorden. Je netwerk heeft die posts gelezen; gebruik ze voor hoe je schrijft, niet voor wat je zegt.</translation>
    </message>
</context>
<context>
    <name>PassphraseDialog</name>
    <message>
        <source>Passphrase</source>
        <translation>Wachtwoordzin</translation>
    </message>
    <message>
        <source>Repeat the passphrase</source>
        <translation>Herhaal de wachtwoordzin</translation>
    </message>
    <message>
        <source>Repeat it</source>
        <translation>Herhaal hem</translation>
    </message>
    <message>
        <source>Protect your drafts</source>
        <translation>Bescherm je concepten</translation>
    </message>
    <message>
        <source>Unlock your drafts</source>
        <translation>Je concepten ontgrendelen</translation>
    </message>
    <message>
        <source>Choose a passphrase for your drafts</source>
        <translation>Kies een wachtwoordzin voor je concepten</translation>
    </message>
    <message>
        <source>Enter your drafts passphrase</source>
        <translation>Voer de wachtwoordzin van je concepten in</translation>
    </message>
    <message>
        <source>At least %1 characters. A few unrelated words are easy to remember and hard to guess.</source>
        <translation>Minstens %1 tekens. Een paar losse woorden zijn makkelijk te onthouden en moeilijk te raden.</translation>
    </message>
    <message>
        <source>Protect my drafts</source>
        <translation>Mijn concepten beschermen</translation>
    </message>
    <message>
        <source>Continue without saving drafts</source>
        <translation>Doorgaan zonder concepten te bewaren</translation>
    </message>
    <message>
        <source>Capitals count. Nothing in the library changes until it opens.</source>
        <translation>Hoofdletters tellen mee. Er verandert niets in de bibliotheek totdat hij opengaat.</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Ontgrendelen</translation>
    </message>
    <message>
        <source>Continue without my drafts</source>
        <translation>Doorgaan zonder mijn concepten</translation>
    </message>
    <message>
        <source>Please type your passphrase.</source>
        <translation>Typ je wachtwoordzin.</translation>
    </message>
    <message>
        <source>The two passphrases differ. Type the same passphrase in both fields.</source>
        <translation>De twee wachtwoordzinnen verschillen. Typ in beide velden dezelfde wachtwoordzin.</translation>
    </message>
</context>
<context>
    <name>Post</name>
    <message>
        <source>The model talks to you here; this line is not part of the post.</source>
        <translation>Hier praat het model tegen jou; deze regel hoort niet bij de post.</translation>
    </message>
    <message>
        <source>Delete it: readers would see a chatbot&apos;s answer, not your post.</source>
        <translation>Haal hem weg: lezers zien anders het antwoord van een chatbot, niet jouw post.</translation>
    </message>
    <message>
        <source>This line repeats the instructions.</source>
        <translation>Deze regel herhaalt de opdracht.</translation>
    </message>
    <message>
        <source>Delete it, or regenerate the card.</source>
        <translation>Haal hem weg, of schrijf de kaart opnieuw.</translation>
    </message>
    <message>
        <source>This line is about the post, not part of it.</source>
        <translation>Deze regel gaat over de post en hoort er niet bij.</translation>
    </message>
    <message>
        <source>Delete it: a note on what the post does reads as generated text.</source>
        <translation>Haal hem weg: een notitie over wat de post doet, leest als gegenereerde tekst.</translation>
    </message>
    <message>
        <source>LinkedIn posts have no title; this line reads like one.</source>
        <translation>LinkedIn-posts hebben geen titel, en deze regel leest als een titel.</translation>
    </message>
    <message>
        <source>Delete it, or turn it into a first sentence that makes people want to read on.</source>
        <translation>Haal hem weg, of maak er een eerste zin van die mensen verder laat lezen.</translation>
    </message>
    <message>
        <source>A placeholder to fill in or delete.</source>
        <translation>Een invulplek: vul hem in of haal hem weg.</translation>
    </message>
    <message>
        <source>The model left a blank for you to fill in.</source>
        <translation>Het model liet hier iets open om zelf in te vullen.</translation>
    </message>
    <message>
        <source>LinkedIn shows posts with a link in the text to fewer people. Put the link in the first comment and say “link in the comments”.</source>
        <translation>LinkedIn laat posts met een link in de tekst aan minder mensen zien. Zet de link in de eerste reactie en schrijf ‘link in de reacties’.</translation>
    </message>
    <message>
        <source>This post is in {language}, not {wanted}.</source>
        <translation>Deze post is in het {language}, niet in het {wanted}.</translation>
    </message>
    <message>
        <source>You asked for {wanted}. Regenerate the card, or translate it yourself.</source>
        <translation>Je vroeg om {wanted}. Schrijf de kaart opnieuw, of vertaal hem zelf.</translation>
    </message>
    <message>
        <source>This post mixes English and Dutch; you asked for {wanted}.</source>
        <translation>Deze post haalt Engels en Nederlands door elkaar; je vroeg om {wanted}.</translation>
    </message>
    <message>
        <source>Small models slip into English mid-sentence. Regenerate the card, or fix the mixed words.</source>
        <translation>Kleine modellen schieten midden in een zin in het Engels. Schrijf de kaart opnieuw, of verbeter de gemengde woorden.</translation>
    </message>
    <message>
        <source>This post is mostly hashtags.</source>
        <translation>Deze post bestaat vooral uit hashtags.</translation>
    </message>
    <message>
        <source>Say what happened and what it means to you in a few sentences; keep two or three hashtags at the end.</source>
        <translation>Vertel in een paar zinnen wat er gebeurde en wat het voor jou betekent; houd twee of drie hashtags aan het eind.</translation>
    </message>
    <message>
        <source>This post does not mention what the story is about.</source>
        <translation>Deze post noemt niet waar het verhaal over gaat.</translation>
    </message>
    <message>
        <source>None of the story&apos;s names or main words appear. Regenerate the card, or add what happened.</source>
        <translation>Geen van de namen of hoofdwoorden uit het verhaal komt erin voor. Schrijf de kaart opnieuw, of vul aan wat er gebeurde.</translation>
    </message>
    <message>
        <source>A link in the post: put it in the first comment instead.</source>
        <translation>Een link in de post: zet hem liever in de eerste reactie.</translation>
    </message>
</context>
<context>
    <name>PostCard</name>
    <message>
        <source>Shorter</source>
        <translation>Korter</translation>
    </message>
    <message>
        <source>More personal</source>
        <translation>Persoonlijker</translation>
    </message>
    <message>
        <source>Less formal</source>
        <translation>Minder formeel</translation>
    </message>
    <message>
        <source>Add a question at the end</source>
        <translation>Eindig met een vraag</translation>
    </message>
    <message>
        <source>Draft: %1</source>
        <translation>Concept: %1</translation>
    </message>
    <message>
        <source>Draft status</source>
        <translation>Status van het concept</translation>
    </message>
    <message>
        <source>The draft appears here.</source>
        <translation>Hier verschijnt het concept.</translation>
    </message>
    <message>
        <source>Post text: %1</source>
        <translation>Tekst van de post: %1</translation>
    </message>
    <message>
        <source>Character count</source>
        <translation>Aantal tekens</translation>
    </message>
    <message>
        <source>Regenerate</source>
        <translation>Opnieuw</translation>
    </message>
    <message>
        <source>Write this angle again</source>
        <translation>Schrijf deze invalshoek opnieuw</translation>
    </message>
    <message>
        <source>Tweak</source>
        <translation>Aanpassen</translation>
    </message>
    <message>
        <source>Rewrite the current text</source>
        <translation>De huidige tekst herschrijven</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopiëren</translation>
    </message>
    <message>
        <source>Copy as LinkedIn text</source>
        <translation>Kopiëren als LinkedIn-tekst</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>Bewaren</translation>
    </message>
    <message>
        <source>Keep this draft</source>
        <translation>Dit concept bewaren</translation>
    </message>
    <message>
        <source>Version history: compare and restore</source>
        <translation>Versiegeschiedenis: vergelijken en terugzetten</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Stop</translation>
    </message>
    <message>
        <source>Stop writing this card; the text so far stays</source>
        <translation>Stop met het schrijven van deze kaart; de tekst tot nu toe blijft staan</translation>
    </message>
    <message>
        <source>Stop writing this card</source>
        <translation>Stop met het schrijven van deze kaart</translation>
    </message>
    <message>
        <source>Kept</source>
        <translation>Bewaard</translation>
    </message>
    <message>
        <source>%1 words · %2 / %3</source>
        <translation>%1 woorden · %2 / %3</translation>
    </message>
    <message>
        <source>%1 characters over LinkedIn&apos;s limit</source>
        <translation>%1 tekens boven de limiet van LinkedIn</translation>
    </message>
    <message>
        <source>Characters as LinkedIn counts them</source>
        <translation>Tekens zoals LinkedIn ze telt</translation>
    </message>
</context>
<context>
    <name>ProfileDialog</name>
    <message>
        <source>Your LinkedIn profile</source>
        <translation>Je LinkedIn-profiel</translation>
    </message>
    <message>
        <source>Display name</source>
        <translation>Weergavenaam</translation>
    </message>
    <message>
        <source>e.g. Sam de Jong</source>
        <translation>bijv. Sam de Jong</translation>
    </message>
    <message>
        <source>Headline</source>
        <translation>Kopregel</translation>
    </message>
    <message>
        <source>e.g. Production engineer at Northwind Energy</source>
        <translation>bijv. Productie-engineer bij Northwind Energy</translation>
    </message>
    <message>
        <source>Used only for the preview. OwnVoice never connects to LinkedIn.</source>
        <translation>Alleen voor het voorbeeld. OwnVoice maakt nooit verbinding met LinkedIn.</translation>
    </message>
</context>
<context>
    <name>ServerPanel</name>
    <message>
        <source>Use your organisation&apos;s model server?</source>
        <translation>De modelserver van je organisatie gebruiken?</translation>
    </message>
    <message>
        <source>From now on your story, notes and voice samples are sent to %1 to write the posts. They no longer stay only on this computer. Your drafts library stays on this computer.</source>
        <translation>Vanaf nu gaan je verhaal, notities en stemvoorbeelden naar %1 om de posts te schrijven. Ze blijven dan niet meer alleen op deze computer. Je conceptenbibliotheek blijft wel op deze computer.</translation>
    </message>
    <message>
        <source>The connection is not encrypted (http://): others on the network could read it.</source>
        <translation>De verbinding is niet versleuteld (http://): anderen op het netwerk kunnen meelezen.</translation>
    </message>
    <message>
        <source>Send to %1</source>
        <translation>Naar %1 sturen</translation>
    </message>
    <message>
        <source>On this computer (offline; nothing leaves it)</source>
        <translation>Op deze computer (offline; er gaat niets de deur uit)</translation>
    </message>
    <message>
        <source>On my organisation&apos;s model server</source>
        <translation>Op de modelserver van mijn organisatie</translation>
    </message>
    <message>
        <source>Server address</source>
        <translation>Serveradres</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>API-sleutel</translation>
    </message>
    <message>
        <source>optional; kept in the system keyring</source>
        <translation>optioneel; bewaard in de sleutelbos van het systeem</translation>
    </message>
    <message>
        <source>a key is stored in the keyring (type to replace it)</source>
        <translation>er staat een sleutel in de sleutelbos (typ om hem te vervangen)</translation>
    </message>
    <message>
        <source>Model on the server</source>
        <translation>Model op de server</translation>
    </message>
    <message>
        <source>Connect and list models</source>
        <translation>Verbinden en modellen opvragen</translation>
    </message>
    <message>
        <source>Use this choice</source>
        <translation>Deze keuze gebruiken</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Model</translation>
    </message>
    <message>
        <source>Where should OwnVoice write your posts? On this computer nothing is sent anywhere. Your organisation&apos;s server (vLLM, Ollama, a llama.cpp server or any OpenAI-compatible service) can run bigger models; your story is then sent to it.</source>
        <translation>Waar moet OwnVoice je posts schrijven? Op deze computer wordt niets verstuurd. De server van je organisatie (vLLM, Ollama, een llama.cpp-server of een andere OpenAI-compatibele dienst) kan grotere modellen draaien; je verhaal gaat dan naar die server.</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Verbinden met %1…</translation>
    </message>
    <message numerus="yes">
        <source>The server offers %n model(s).</source>
        <translation>
            <numerusform>De server biedt %n model aan.</numerusform>
            <numerusform>De server biedt %n modellen aan.</numerusform>
        </translation>
    </message>
    <message>
        <source>The server offers no models.</source>
        <translation>De server biedt geen modellen aan.</translation>
    </message>
    <message>
        <source>Listing failed: %1</source>
        <translation>Opvragen mislukt: %1</translation>
    </message>
    <message>
        <source>Choose the model on the server (Connect and list models).</source>
        <translation>Kies het model op de server (Verbinden en modellen opvragen).</translation>
    </message>
    <message>
        <source>Nothing changed: posts are still written on this computer.</source>
        <translation>Er is niets veranderd: posts worden nog steeds op deze computer geschreven.</translation>
    </message>
    <message>
        <source>The API key could not be stored: %1 OwnVoice never writes keys to a file.</source>
        <translation>De API-sleutel kon niet worden bewaard: %1 OwnVoice schrijft sleutels nooit naar een bestand.</translation>
    </message>
    <message>
        <source>Your choice could not be saved (%1).</source>
        <translation>Je keuze kon niet worden opgeslagen (%1).</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Opgeslagen.</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Sneltoetsen</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Actie</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>Sneltoets</translation>
    </message>
    <message>
        <source>Tab and Shift+Tab move between fields; Space toggles an angle; Enter presses a button.</source>
        <translation>Tab en Shift+Tab gaan naar het volgende en vorige veld; Spatie zet een invalshoek aan of uit; Enter drukt op een knop.</translation>
    </message>
</context>
<context>
    <name>StarterNotice</name>
    <message>
        <source>You are trying OwnVoice with its starter model: a small demo that shows how everything works, but writes poorly. For posts worth sharing, use a bigger model.</source>
        <translation>Je probeert OwnVoice met het startmodel: een kleine demo die laat zien hoe alles werkt, maar matig schrijft. Voor posts die het delen waard zijn, gebruik je een groter model.</translation>
    </message>
    <message>
        <source>Get a better model…</source>
        <translation>Een beter model downloaden…</translation>
    </message>
    <message>
        <source>Get a better model</source>
        <translation>Een beter model downloaden</translation>
    </message>
    <message>
        <source>About the starter model</source>
        <translation>Over het startmodel</translation>
    </message>
</context>
<context>
    <name>Story</name>
    <message>
        <source>The story is {length} characters, far more than a model can read. This model reads at most {tokens} tokens, about {limit} characters, the instructions and the post included. Keep the part of the story your post is about (a few paragraphs is plenty) and try again.</source>
        <translation>Het verhaal telt {length} tekens, veel meer dan een model kan lezen. Dit model leest hooguit {tokens} tokens, ongeveer {limit} tekens, de instructies en de post meegerekend. Houd het deel van het verhaal waar je post over gaat (een paar alinea’s is genoeg) en probeer het opnieuw.</translation>
    </message>
    <message>
        <source>The story is {length} characters, far more than a model can read. Even the largest model OwnVoice runs reads at most about {limit} characters, the instructions and the post included. Keep the part of the story your post is about (a few paragraphs is plenty) and try again.</source>
        <translation>Het verhaal telt {length} tekens, veel meer dan een model kan lezen. Zelfs het grootste model dat OwnVoice draait, leest hooguit ongeveer {limit} tekens, de instructies en de post meegerekend. Houd het deel van het verhaal waar je post over gaat (een paar alinea’s is genoeg) en probeer het opnieuw.</translation>
    </message>
</context>
<context>
    <name>StoryEditor</name>
    <message>
        <source>Paste the company story here, or drop a .txt, .md or .docx file on the window.</source>
        <translation>Plak hier het bedrijfsverhaal, of sleep een .txt-, .md- of .docx-bestand naar het venster.</translation>
    </message>
    <message>
        <source>Company story</source>
        <translation>Bedrijfsverhaal</translation>
    </message>
</context>
<context>
    <name>StoryFiles</name>
    <message>
        <source>{source} looks like a binary file, not text. Save the story as .txt, .md or .docx.</source>
        <translation>{source} lijkt een binair bestand, geen tekst. Sla het verhaal op als .txt, .md of .docx.</translation>
    </message>
    <message>
        <source>{source} says it is {encoding} text but is damaged (undecodable bytes at position {position}). Save it again, or paste the text instead.</source>
        <translation>{source} zegt {encoding}-tekst te zijn, maar is beschadigd (onleesbare bytes op positie {position}). Sla het opnieuw op, of plak de tekst.</translation>
    </message>
    <message>
        <source>{source} is not UTF-8 text (undecodable byte at position {position}). Save it as UTF-8 (most editors offer this under &apos;Save as&apos;), or paste the text instead.</source>
        <translation>{source} is geen UTF-8-tekst (onleesbare byte op positie {position}). Sla het op als UTF-8 (de meeste editors bieden dat bij ‘Opslaan als’), of plak de tekst.</translation>
    </message>
    <message>
        <source>{source} does not exist.</source>
        <translation>{source} bestaat niet.</translation>
    </message>
    <message>
        <source>{source} cannot be read: permission denied.</source>
        <translation>{source} kan niet worden gelezen: geen toestemming.</translation>
    </message>
    <message>
        <source>{source} is a folder, not a file.</source>
        <translation>{source} is een map, geen bestand.</translation>
    </message>
    <message>
        <source>{source} cannot be read: {reason}.</source>
        <translation>{source} kan niet worden gelezen: {reason}.</translation>
    </message>
    <message>
        <source>{source} is not a regular file (it is a device, a pipe or a socket).</source>
        <translation>{source} is geen gewoon bestand (het is een apparaat, een pipe of een socket).</translation>
    </message>
    <message>
        <source>{source} is larger than {size}; OwnVoice reads text files up to that size. Is this the right file?</source>
        <translation>{source} is groter dan {size}; OwnVoice leest tekstbestanden tot die grootte. Is dit het goede bestand?</translation>
    </message>
    <message>
        <source>{what} {path}</source>
        <translation>{what} {path}</translation>
    </message>
    <message>
        <source>The file</source>
        <translation>Het bestand</translation>
    </message>
    <message>
        <source>{what} is empty. Paste or open some text first.</source>
        <translation>{what} is leeg. Plak of open eerst wat tekst.</translation>
    </message>
    <message>
        <source>{source} is not a readable Word document (it has no main text).</source>
        <translation>{source} is geen leesbaar Word-document (er staat geen hoofdtekst in).</translation>
    </message>
    <message>
        <source>{source} is not a readable Word document ({reason}).</source>
        <translation>{source} is geen leesbaar Word-document ({reason}).</translation>
    </message>
    <message>
        <source>{source} is not a readable Word document (damaged text: {reason}).</source>
        <translation>{source} is geen leesbaar Word-document (beschadigde tekst: {reason}).</translation>
    </message>
    <message>
        <source>{source} unpacks to more than {size} of document text, far more than a story. Is this the right file?</source>
        <translation>{source} pakt uit tot meer dan {size} documenttekst, veel meer dan een verhaal. Is dit het goede bestand?</translation>
    </message>
    <message>
        <source>{source} holds more than {count} characters of text, far more than a story. Is this the right file?</source>
        <translation>{source} bevat meer dan {count} tekens tekst, veel meer dan een verhaal. Is dit het goede bestand?</translation>
    </message>
</context>
<context>
    <name>StoryPanel</name>
    <message>
        <source>Open file…</source>
        <translation>Bestand openen…</translation>
    </message>
    <message>
        <source>Open a story file</source>
        <translation>Een verhaalbestand openen</translation>
    </message>
    <message>
        <source>Company story</source>
        <translation>Bedrijfsverhaal</translation>
    </message>
    <message>
        <source>Generate</source>
        <translation>Genereren</translation>
    </message>
    <message>
        <source>Draft one post per angle (Ctrl+Enter)</source>
        <translation>Schrijf per invalshoek een post (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Generate drafts</source>
        <translation>Concepten genereren</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Stop</translation>
    </message>
    <message>
        <source>Stop writing; the text so far stays (Esc)</source>
        <translation>Stop met schrijven; de tekst tot nu toe blijft staan (Esc)</translation>
    </message>
    <message>
        <source>Stop generating</source>
        <translation>Stop met genereren</translation>
    </message>
    <message>
        <source>Generate status</source>
        <translation>Status van het genereren</translation>
    </message>
</context>
<context>
    <name>TextZoom</name>
    <message>
        <source>&amp;Larger text</source>
        <translation>&amp;Grotere tekst</translation>
    </message>
    <message>
        <source>&amp;Smaller text</source>
        <translation>&amp;Kleinere tekst</translation>
    </message>
    <message>
        <source>&amp;Normal text size</source>
        <translation>&amp;Normale tekstgrootte</translation>
    </message>
    <message>
        <source>Text size %1 %</source>
        <translation>Tekstgrootte %1 %</translation>
    </message>
</context>
<context>
    <name>UndoBar</name>
    <message>
        <source>Undo</source>
        <translation>Ongedaan maken</translation>
    </message>
    <message>
        <source>Undo delete</source>
        <translation>Verwijderen ongedaan maken</translation>
    </message>
    <message>
        <source>Deleted drafts</source>
        <translation>Verwijderde concepten</translation>
    </message>
</context>
<context>
    <name>Unlock</name>
    <message>
        <source>A passphrase cannot contain the NUL character. Please choose another one.</source>
        <translation>Een wachtwoordzin kan het NUL-teken niet bevatten. Kies een andere.</translation>
    </message>
    <message>
        <source>Please choose a passphrase of at least {count} characters: it is the only thing protecting your drafts on this computer.</source>
        <translation>Kies een wachtwoordzin van minstens {count} tekens: het is het enige wat je concepten op deze computer beschermt.</translation>
    </message>
    <message>
        <source>{problem} OwnVoice encrypts your drafts and normally keeps the key there. Choose a passphrase instead: you will type it each time you open OwnVoice. Nobody can recover it for you, and without it your drafts cannot be read.</source>
        <translation>{problem} OwnVoice versleutelt je concepten en bewaart de sleutel normaal daar. Kies in plaats daarvan een wachtwoordzin: die typ je elke keer dat je OwnVoice opent. Niemand kan hem voor je terughalen, en zonder wachtwoordzin zijn je concepten niet te lezen.</translation>
    </message>
    <message>
        <source>Your drafts are encrypted with the passphrase you chose when this computer had no system keyring. Enter it to open them.</source>
        <translation>Je concepten zijn versleuteld met de wachtwoordzin die je koos toen deze computer geen sleutelbos had. Voer hem in om ze te openen.</translation>
    </message>
    <message>
        <source>OwnVoice cannot tell how your drafts library was locked (its file {info} is missing). If you chose a passphrase, enter it; if OwnVoice kept the key in the system keyring, the library can no longer be opened.</source>
        <translation>OwnVoice kan niet zien hoe je conceptenbibliotheek is vergrendeld (het bestand {info} ontbreekt). Heb je een wachtwoordzin gekozen, voer die dan in; bewaarde OwnVoice de sleutel in de sleutelbos, dan kan de bibliotheek niet meer worden geopend.</translation>
    </message>
    <message>
        <source>{problem} Your drafts are encrypted with a key kept in that keyring, so they cannot be opened until it is available.</source>
        <translation>{problem} Je concepten zijn versleuteld met een sleutel uit die sleutelbos, dus ze gaan pas open als die weer beschikbaar is.</translation>
    </message>
    <message>
        <source>The key that unlocks your drafts is missing from the system keyring (service “{service}”, entry “{entry}”). Without it the library at {path} cannot be read. OwnVoice has left the file untouched: restore the keyring entry (for example from a backup of your keyring) to open it.</source>
        <translation>De sleutel van je concepten ontbreekt in de sleutelbos (dienst ‘{service}’, item ‘{entry}’). Zonder die sleutel is de bibliotheek in {path} niet te lezen. OwnVoice heeft het bestand niet aangeraakt: zet het item in de sleutelbos terug (bijvoorbeeld uit een back-up) om hem te openen.</translation>
    </message>
</context>
<context>
    <name>Voice</name>
    <message>
        <source>Compared with the posts in your voice profile.</source>
        <translation>Vergeleken met de posts in je stemprofiel.</translation>
    </message>
    <message>
        <source>{difference!u}.</source>
        <translation>{difference!u}.</translation>
    </message>
    <message>
        <source>Sounds like you</source>
        <translation>Klinkt als jij</translation>
    </message>
    <message>
        <source>Close to your voice</source>
        <translation>Dicht bij je stem</translation>
    </message>
    <message>
        <source>Not quite your voice</source>
        <translation>Nog niet helemaal jouw stem</translation>
    </message>
    <message>
        <source>you use none</source>
        <translation>jij gebruikt er geen</translation>
    </message>
    <message>
        <source>you usually use {count}</source>
        <translation>jij gebruikt er meestal {count}</translation>
    </message>
    <message>
        <source>longer than your posts ({words} words; yours are about {usual})</source>
        <translation>langer dan je posts ({words} woorden; de jouwe zijn er zo’n {usual})</translation>
    </message>
    <message>
        <source>shorter than your posts ({words} words; yours are about {usual})</source>
        <translation>korter dan je posts ({words} woorden; de jouwe zijn er zo’n {usual})</translation>
    </message>
    <message>
        <source>longer sentences than you write (about {words} words; yours average {usual})</source>
        <translation>langere zinnen dan jij schrijft (zo’n {words} woorden; de jouwe gemiddeld {usual})</translation>
    </message>
    <message>
        <source>shorter sentences than you write (about {words} words; yours average {usual})</source>
        <translation>kortere zinnen dan jij schrijft (zo’n {words} woorden; de jouwe gemiddeld {usual})</translation>
    </message>
    <message>
        <source>no hashtags</source>
        <translation>geen hashtags</translation>
    </message>
    <message>
        <source>1 hashtag</source>
        <translation>1 hashtag</translation>
    </message>
    <message>
        <source>{count} hashtags</source>
        <translation>{count} hashtags</translation>
    </message>
    <message>
        <source>you rarely use hashtags</source>
        <translation>jij gebruikt zelden hashtags</translation>
    </message>
    <message>
        <source>{used}; {usually}</source>
        <translation>{used}; {usually}</translation>
    </message>
    <message>
        <source>no emoji</source>
        <translation>geen emoji</translation>
    </message>
    <message>
        <source>{count} emoji</source>
        <translation>{count} emoji</translation>
    </message>
    <message>
        <source>you rarely use emoji</source>
        <translation>jij gebruikt zelden emoji</translation>
    </message>
    <message>
        <source>more line breaks than you use</source>
        <translation>meer witregels dan jij gebruikt</translation>
    </message>
    <message>
        <source>fewer line breaks than you use</source>
        <translation>minder witregels dan jij gebruikt</translation>
    </message>
    <message>
        <source>more exclamation marks than you use</source>
        <translation>meer uitroeptekens dan jij gebruikt</translation>
    </message>
    <message>
        <source>fewer exclamation marks than you use</source>
        <translation>minder uitroeptekens dan jij gebruikt</translation>
    </message>
    <message>
        <source>more questions than you ask</source>
        <translation>meer vragen dan jij stelt</translation>
    </message>
    <message>
        <source>fewer questions than you ask</source>
        <translation>minder vragen dan jij stelt</translation>
    </message>
    <message>
        <source>more about &apos;I&apos; than you write</source>
        <translation>meer ‘ik’ dan jij schrijft</translation>
    </message>
    <message>
        <source>less personal: you say &apos;I&apos; more often</source>
        <translation>minder persoonlijk: jij zegt vaker ‘ik’</translation>
    </message>
    <message>
        <source>addresses readers as &apos;{mine}&apos;; you write &apos;{yours}&apos;</source>
        <translation>spreekt lezers aan met ‘{mine}’; jij schrijft ‘{yours}’</translation>
    </message>
    <message>
        <source>English</source>
        <translation>het Engels</translation>
    </message>
    <message>
        <source>Dutch</source>
        <translation>het Nederlands</translation>
    </message>
    <message>
        <source>written in {mine}; your posts are in {yours}</source>
        <translation>geschreven in {mine}; jouw posts zijn in {yours}</translation>
    </message>
    <message>
        <source>1 em dash</source>
        <translation>1 gedachtestreepje</translation>
    </message>
    <message>
        <source>{count} em dashes</source>
        <translation>{count} gedachtestreepjes</translation>
    </message>
    <message>
        <source>you rarely use them</source>
        <translation>jij gebruikt ze zelden</translation>
    </message>
    <message>
        <source>Separate posts with a line of three dashes (---), or with two blank lines.</source>
        <translation>Scheid posts met een regel van drie streepjes (---), of met twee witregels.</translation>
    </message>
</context>
<context>
    <name>VoiceProfileDialog</name>
    <message>
        <source>My voice</source>
        <translation>Mijn stem</translation>
    </message>
    <message>
        <source>My voice profile</source>
        <translation>Mijn stemprofiel</translation>
    </message>
    <message>
        <source>Your posts stay on this computer.</source>
        <translation>Je posts blijven op deze computer.</translation>
    </message>
    <message>
        <source>Use this voice</source>
        <translation>Deze stem gebruiken</translation>
    </message>
    <message>
        <source>Your own posts</source>
        <translation>Je eigen posts</translation>
    </message>
    <message>
        <source>Paste {low} to {high} LinkedIn posts you wrote yourself. OwnVoice measures how you write (length, sentences, line breaks, emoji, hashtags, how you open and close) and asks the model to write the same way.</source>
        <translation>Plak {low} tot {high} LinkedIn-posts die je zelf hebt geschreven. OwnVoice meet hoe je schrijft (lengte, zinnen, witregels, emoji, hashtags, hoe je opent en afsluit) en vraagt het model net zo te schrijven.</translation>
    </message>
    <message>
        <source>Your earlier posts</source>
        <translation>Je eerdere posts</translation>
    </message>
    <message>
        <source>My first post…

---

Another post of mine…

---

A third one…</source>
        <translation>Mijn eerste post…

---

Nog een post van mij…

---

Een derde…</translation>
    </message>
    <message>
        <source>Posts found</source>
        <translation>Gevonden posts</translation>
    </message>
    <message>
        <source>Import text file…</source>
        <translation>Tekstbestand importeren…</translation>
    </message>
    <message>
        <source>A .txt, .md or .docx file, posts separated as described above</source>
        <translation>Een .txt-, .md- of .docx-bestand, met de posts gescheiden zoals hierboven beschreven</translation>
    </message>
    <message>
        <source>Back to my profile</source>
        <translation>Terug naar mijn profiel</translation>
    </message>
    <message>
        <source>Keep the profile you have</source>
        <translation>Het profiel houden dat je hebt</translation>
    </message>
    <message>
        <source>Analyse</source>
        <translation>Analyseren</translation>
    </message>
    <message>
        <source>Measure how these posts are written</source>
        <translation>Meten hoe deze posts zijn geschreven</translation>
    </message>
    <message>
        <source>What your posts say</source>
        <translation>Wat je posts laten zien</translation>
    </message>
    <message>
        <source>Style notes for the model</source>
        <translation>Stijlnotities voor het model</translation>
    </message>
    <message>
        <source>One per line. Change, add or remove any of them: they go into every draft.</source>
        <translation>Eén per regel. Wijzig, voeg toe of verwijder wat je wilt: ze gaan mee in elk concept.</translation>
    </message>
    <message>
        <source>Style notes, one per line</source>
        <translation>Stijlnotities, één per regel</translation>
    </message>
    <message>
        <source>Reset to measured</source>
        <translation>Terug naar gemeten</translation>
    </message>
    <message>
        <source>Replace the notes with the ones measured from your posts</source>
        <translation>De notities vervangen door de notities die uit je posts zijn gemeten</translation>
    </message>
    <message>
        <source>Analyse new posts…</source>
        <translation>Nieuwe posts analyseren…</translation>
    </message>
    <message>
        <source>Paste or import posts and measure again</source>
        <translation>Posts plakken of importeren en opnieuw meten</translation>
    </message>
    <message>
        <source>Measured from 1 of your posts.</source>
        <translation>Gemeten aan 1 van je posts.</translation>
    </message>
    <message>
        <source>Measured from {count} of your posts.</source>
        <translation>Gemeten aan {count} van je posts.</translation>
    </message>
    <message>
        <source>{count} of at least {low} posts</source>
        <translation>{count} van minstens {low} posts</translation>
    </message>
    <message>
        <source>{count} posts: keep at most {high}</source>
        <translation>{count} posts: houd er hooguit {high}</translation>
    </message>
    <message>
        <source>{count} posts found</source>
        <translation>{count} posts gevonden</translation>
    </message>
    <message>
        <source>Import your posts</source>
        <translation>Je posts importeren</translation>
    </message>
    <message>
        <source>Text files (*.txt *.md *.markdown *.docx);;All files (*)</source>
        <translation>Tekstbestanden (*.txt *.md *.markdown *.docx);;Alle bestanden (*)</translation>
    </message>
</context>
<context>
    <name>WindowLibrary</name>
    <message>
        <source>Drafts library</source>
        <translation>Conceptenbibliotheek</translation>
    </message>
    <message>
        <source>Your drafts are not being saved: the drafts library is not open. Restart OwnVoice to try again.</source>
        <translation>Je concepten worden niet bewaard: de conceptenbibliotheek is niet open. Start OwnVoice opnieuw om het nog eens te proberen.</translation>
    </message>
    <message>
        <source>Drafts not saved</source>
        <translation>Concepten niet bewaard</translation>
    </message>
    <message>
        <source>The drafts library is open read-only.</source>
        <translation>De conceptenbibliotheek is alleen-lezen geopend.</translation>
    </message>
    <message>
        <source>Drafts read-only</source>
        <translation>Concepten alleen-lezen</translation>
    </message>
    <message>
        <source>Drafts saved privately</source>
        <translation>Concepten privé bewaard</translation>
    </message>
    <message>
        <source>Your drafts are kept in an encrypted library on this computer.</source>
        <translation>Je concepten staan in een versleutelde bibliotheek op deze computer.</translation>
    </message>
    <message>
        <source>Used for this session only: drafts are not saved here.</source>
        <translation>Alleen voor deze sessie: concepten worden hier niet bewaard.</translation>
    </message>
    <message>
        <source>Open a company story</source>
        <translation>Een bedrijfsverhaal openen</translation>
    </message>
    <message>
        <source>Stories (%1)</source>
        <translation>Verhalen (%1)</translation>
    </message>
    <message>
        <source>Drafts are not saved on this computer, so there are none to show.</source>
        <translation>Concepten worden niet op deze computer bewaard, dus er valt niets te tonen.</translation>
    </message>
    <message>
        <source>This draft has no saved history yet.</source>
        <translation>Dit concept heeft nog geen opgeslagen geschiedenis.</translation>
    </message>
    <message>
        <source>All your OwnVoice data was deleted. Drafts are not saved until you restart OwnVoice.</source>
        <translation>Al je OwnVoice-gegevens zijn verwijderd. Concepten worden pas weer bewaard als je OwnVoice opnieuw start.</translation>
    </message>
</context>
<context>
    <name>WindowMenus</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Bestand</translation>
    </message>
    <message>
        <source>&amp;New draft</source>
        <translation>&amp;Nieuw concept</translation>
    </message>
    <message>
        <source>&amp;Open story…</source>
        <translation>Verhaal &amp;openen…</translation>
    </message>
    <message>
        <source>My &amp;drafts…</source>
        <translation>Mijn &amp;concepten…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Afsluiten</translation>
    </message>
    <message>
        <source>&amp;Draft</source>
        <translation>&amp;Concept</translation>
    </message>
    <message>
        <source>&amp;Generate</source>
        <translation>&amp;Genereren</translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation>&amp;Stoppen</translation>
    </message>
    <message>
        <source>&amp;Copy selected draft for LinkedIn</source>
        <translation>Gekozen concept &amp;kopiëren voor LinkedIn</translation>
    </message>
    <message>
        <source>Next draft</source>
        <translation>Volgend concept</translation>
    </message>
    <message>
        <source>Previous draft</source>
        <translation>Vorig concept</translation>
    </message>
    <message>
        <source>&amp;Model</source>
        <translation>&amp;Model</translation>
    </message>
    <message>
        <source>Get a &amp;better model…</source>
        <translation>Een &amp;beter model downloaden…</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>Beel&amp;d</translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation>&amp;Thema</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>Systeem volgen</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Licht</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Donker</translation>
    </message>
    <message>
        <source>Show LinkedIn &amp;preview</source>
        <translation>LinkedIn-&amp;voorbeeld tonen</translation>
    </message>
    <message>
        <source>&amp;Mobile preview</source>
        <translation>&amp;Mobiel voorbeeld</translation>
    </message>
    <message>
        <source>Copy **bold** as Unicode bold letters</source>
        <translation>**Vet** kopiëren als vette Unicode-letters</translation>
    </message>
    <message>
        <source>Screen readers read these letters badly; turn off for plain text.</source>
        <translation>Schermlezers lezen deze letters slecht voor; zet dit uit voor gewone tekst.</translation>
    </message>
    <message>
        <source>Interface &amp;language</source>
        <translation>&amp;Interfacetaal</translation>
    </message>
    <message>
        <source>&amp;Profile</source>
        <translation>&amp;Profiel</translation>
    </message>
    <message>
        <source>Your name and &amp;headline…</source>
        <translation>Je naam en &amp;kopregel…</translation>
    </message>
    <message>
        <source>My &amp;voice…</source>
        <translation>Mijn &amp;stem…</translation>
    </message>
    <message>
        <source>Forget my voice profile…</source>
        <translation>Mijn stemprofiel vergeten…</translation>
    </message>
    <message>
        <source>Company &amp;guidelines…</source>
        <translation>&amp;Bedrijfsrichtlijnen…</translation>
    </message>
    <message>
        <source>Delete all my data…</source>
        <translation>Al mijn gegevens verwijderen…</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Sneltoetsen</translation>
    </message>
    <message>
        <source>Open the &amp;log folder</source>
        <translation>&amp;Logmap openen</translation>
    </message>
    <message>
        <source>&amp;About OwnVoice</source>
        <translation>&amp;Over OwnVoice</translation>
    </message>
    <message>
        <source>Applies the next time you start OwnVoice.</source>
        <translation>Wordt actief zodra je OwnVoice opnieuw start.</translation>
    </message>
</context>
<context>
    <name>WindowModels</name>
    <message>
        <source>%1 is downloaded and checked: it is under Model now.</source>
        <translation>%1 is gedownload en gecontroleerd: je vindt het nu onder Model.</translation>
    </message>
    <message>
        <source>The new model settings apply once these drafts are written.</source>
        <translation>De nieuwe modelinstellingen gaan in zodra deze concepten klaar zijn.</translation>
    </message>
</context>
<context>
    <name>WindowPreferences</name>
    <message>
        <source>Forget your voice profile?</source>
        <translation>Je stemprofiel vergeten?</translation>
    </message>
    <message>
        <source>OwnVoice forgets the posts you gave it and how you write. The My voice tone goes away until you make a new profile. Your drafts stay.</source>
        <translation>OwnVoice vergeet de posts die je gaf en hoe je schrijft. De toon Mijn stem verdwijnt tot je een nieuw profiel maakt. Je concepten blijven staan.</translation>
    </message>
</context>
<context>
    <name>WindowView</name>
    <message>
        <source>The new interface language applies the next time you start OwnVoice.</source>
        <translation>De nieuwe interfacetaal wordt actief zodra je OwnVoice opnieuw start.</translation>
    </message>
    <message>
        <source>About OwnVoice</source>
        <translation>Over OwnVoice</translation>
    </message>
    <message>
        <source>Your settings could not be saved (%1).</source>
        <translation>Je instellingen konden niet worden opgeslagen (%1).</translation>
    </message>
</context>
<context>
    <name>Wipe</name>
    <message>
        <source>Delete all my data</source>
        <translation>Al mijn gegevens verwijderen</translation>
    </message>
    <message>
        <source>All your OwnVoice data has been deleted from this computer.</source>
        <translation>Al je OwnVoice-gegevens zijn van deze computer verwijderd.</translation>
    </message>
    <message>
        <source>OwnVoice starts afresh: your drafts are no longer saved until you restart it.</source>
        <translation>OwnVoice begint opnieuw: je concepten worden pas weer bewaard als je het opnieuw start.</translation>
    </message>
    <message>
        <source>Some of your data could not be deleted:</source>
        <translation>Sommige gegevens konden niet worden verwijderd:</translation>
    </message>
</context>
<context>
    <name>WipeConfirmDialog</name>
    <message>
        <source>Delete all my data</source>
        <translation>Al mijn gegevens verwijderen</translation>
    </message>
    <message>
        <source>DELETE</source>
        <translation>VERWIJDER</translation>
    </message>
    <message>
        <source>⚠️ This cannot be undone. Export your drafts first if you want to keep them.</source>
        <translation>⚠️ Dit kan niet ongedaan worden gemaakt. Exporteer eerst je concepten als je ze wilt houden.</translation>
    </message>
    <message>
        <source>Delete everything OwnVoice stored on this computer?</source>
        <translation>Alles verwijderen wat OwnVoice op deze computer heeft bewaard?</translation>
    </message>
    <message>
        <source>Type %1 to confirm</source>
        <translation>Typ %1 om te bevestigen</translation>
    </message>
    <message>
        <source>Type &lt;b&gt;%1&lt;/b&gt; to confirm:</source>
        <translation>Typ &lt;b&gt;%1&lt;/b&gt; om te bevestigen:</translation>
    </message>
    <message>
        <source>Delete everything</source>
        <translation>Alles verwijderen</translation>
    </message>
    <message>
        <source>your drafts library, with every draft and its history: %1</source>
        <translation>je conceptenbibliotheek, met elk concept en de geschiedenis ervan: %1</translation>
    </message>
    <message>
        <source>the key to it in the system keyring (entry “%1”), if there is one</source>
        <translation>de sleutel ervan in de sleutelbos van het systeem (item ‘%1’), als die er is</translation>
    </message>
    <message>
        <source>your settings: %1</source>
        <translation>je instellingen: %1</translation>
    </message>
    <message>
        <source>OwnVoice&apos;s logs in %1</source>
        <translation>de logbestanden van OwnVoice in %1</translation>
    </message>
    <message>
        <source>Not touched: model files in %1 and files you exported.</source>
        <translation>Blijft staan: modelbestanden in %1 en bestanden die je hebt geëxporteerd.</translation>
    </message>
    <message>
        <source>This removes:</source>
        <translation>Dit wordt verwijderd:</translation>
    </message>
</context>
<context>
    <name>_FindingRow</name>
    <message>
        <source>Please check</source>
        <translation>Even controleren</translation>
    </message>
    <message>
        <source>Hint</source>
        <translation>Tip</translation>
    </message>
    <message>
        <source>Select it in the text</source>
        <translation>Selecteer het in de tekst</translation>
    </message>
</context>
<context>
    <name>crash</name>
    <message>
        <source>(no log file could be written)</source>
        <translation>(er kon geen logbestand worden geschreven)</translation>
    </message>
    <message>
        <source>OwnVoice could not start</source>
        <translation>OwnVoice kon niet starten</translation>
    </message>
    <message>
        <source>OwnVoice could not start: %1</source>
        <translation>OwnVoice kon niet starten: %1</translation>
    </message>
    <message>
        <source>Your saved drafts were not changed. Details are in the log file:
%1</source>
        <translation>Je bewaarde concepten zijn niet gewijzigd. De details staan in het logbestand:
%1</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>OwnVoice uses its built-in presets for now.</source>
        <translation>OwnVoice gebruikt voorlopig de ingebouwde voorinstellingen.</translation>
    </message>
</context>
<context>
    <name>unlock</name>
    <message>
        <source>A new, empty drafts library was started. The damaged one was kept, renamed, as %1.</source>
        <translation>Er is een nieuwe, lege conceptenbibliotheek gestart. De beschadigde is bewaard onder de nieuwe naam %1.</translation>
    </message>
    <message>
        <source>Your drafts</source>
        <translation>Je concepten</translation>
    </message>
</context>
</TS>
