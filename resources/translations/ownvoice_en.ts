<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>AnglePanel</name>
    <message>
        <source>Tone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language of the posts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>English</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dutch (Nederlands)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Short</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Medium</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Long</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Length: %1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only numbers from the story</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The model on this computer can write a number only if the story or your notes have it. Switch it off to let it write other numbers (check them before you post).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only numbers from the story and notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. I led the testing of the new line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your role in this</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. my grandfather worked in this town&apos;s factory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why it matters to you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. the first battery was signed by the whole team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One detail only you know</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make it personal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show or hide the personal questions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Angles (choose one or more)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Length</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Angle: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1–%2 words</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BackendStatus</name>
    <message>
        <source>On this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Posts are written by %1 on this computer; nothing is sent anywhere.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the local model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Posts are written by %1 on %2: your story is sent to that server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click to choose the model or where posts are written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where posts are written</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CardHints</name>
    <message>
        <source>Hints about this draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All clear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No hints — it reads like you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 fact not in the story</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} facts not in the story</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{title}: {count} to check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Own words {percent}%: reads like the press release</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Own words {percent}%: repeats your earlier post</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Own words {percent}%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 hint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} hints</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{label} ({score})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{title} — {label} ({score} of 100)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Story says: {fact}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>your earlier posts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the story</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{percent}% in your own words; {copied}% repeats {source} word for word.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Own words meter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{percent}% your own words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>longest copied run: {words} words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide hints</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show hints</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CardsArea</name>
    <message>
        <source>Drafts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your drafts appear here.
Choose a tone and one or more angles, then press Generate (Ctrl+Enter).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CardsView</name>
    <message>
        <source>Stopping…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the story</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>almost done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>about %1 left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interrupted</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Checks</name>
    <message>
        <source>Before you post</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Facts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Company guidelines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LinkedIn limits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Own words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clichés and AI tells</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your voice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hints would take too long on all of it; LinkedIn takes 3,000 characters anyway.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the first {count} characters were checked.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Cliches</name>
    <message>
        <source>“{phrase}” reads like AI-written text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{phrase}” is a LinkedIn cliché.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It is in your hook, the only part people see before ‘…see more’. {why}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} em dashes. Many readers now take them as a sign of AI text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try a comma, a colon or a full stop; keep one where it really helps.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} emoji. That many make a post look generated or busy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the one or two that add meaning.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} lines start with an emoji, a pattern of generated posts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plain sentences or a simple dash read as written by a person.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A wall of {count} hashtags.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blocks of hashtags look like spam and add little reach; keep the two or three that matter.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CopyCheck</name>
    <message>
        <source>Check the facts before you post</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>story says: {fact}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If they are right, copy anyway: nothing is posted until you paste it. Adding a fact to your notes stops this question for it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy anyway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Go back and check</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CrashReporter</name>
    <message>
        <source>(no log file could be written)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OwnVoice hit a problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Something unexpected went wrong. Your story and drafts are still in the window; copy anything important before you continue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details were written to the log file:
%1

%2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DamagedLibraryDialog</name>
    <message>
        <source>Your drafts library is damaged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(unknown)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OwnVoice cannot use your drafts library: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OwnVoice has not changed the file. It is here:
%1

Start a new library to go on saving drafts: the damaged file is kept beside it under a new name, so nothing is deleted. If you exported your drafts (My drafts → Export → All drafts as JSON, or ownvoice-cli drafts export --format json), restore them into the new library.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start a new library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore from an export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Continue without my drafts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore drafts from an export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OwnVoice JSON export (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Dialogs</name>
    <message>
        <source>Company guidelines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;OwnVoice&lt;/h3&gt;&lt;p&gt;Turn company news into LinkedIn posts in your own voice.&lt;/p&gt;&lt;p&gt;Everything runs on this computer: the model, your drafts and your settings. OwnVoice never posts anything for you.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DownloadRow</name>
    <message>
        <source>Download progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paused · %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resume</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Downloads</name>
    <message>
        <source>The download stopped: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The download stopped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is already in your models folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The download keeps failing ({reason}). The part already downloaded is kept: try Resume later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{host} refused the download ({status}). Some models can only be downloaded after you accept their licence on the model&apos;s web page (and sign in there).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no file at {url} (404). Check the address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{host} answered {status}; the download cannot continue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{host} sent a web page instead of a model file. The link may point to a page about the model, or the model may need you to accept its licence on its web page first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server offers a file of {size}, but {expected} was expected. The model on the server may have changed; the download was not started.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file at {host} is not a GGUF model (it starts with {start}). Use a link that ends in .gguf.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The downloaded file has the wrong size; it was removed. Try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The downloaded file is damaged or not the expected one: its SHA-256 is {digest}…, but {expected}… was expected. It was deleted; try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The downloaded file is not a usable model: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not enough free disk space: the model needs {needed} more and {free} is free on the disk with {folder}. Free at least {missing} and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The disk filled up while downloading ({folder}). The part already downloaded is kept: free some space and press Resume.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The model could not be saved in {folder} ({reason}).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DraftController</name>
    <message>
        <source>Paste or open a company story first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose at least one angle.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This draft is empty; generate it first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copied. Paste it into LinkedIn when you are ready.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kept for now; drafts are not saved on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kept in your drafts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No longer marked as kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop the current drafts before opening another one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is empty, so the current story was kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is open as a new draft; your earlier posts stay under File → My drafts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opened %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DraftDeletes</name>
    <message>
        <source>Deleted “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted %1 drafts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Some drafts could not be brought back; they stay deleted.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DraftFiles</name>
    <message>
        <source>JSON files (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Markdown files (*.md)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export this draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export all drafts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write %1: %2. Nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported to %1. This file is not encrypted: keep it somewhere safe.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import drafts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OwnVoice JSON export (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The import file</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DraftListModel</name>
    <message>
        <source>Posted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Posted %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 post</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 posts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>updated %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DraftsDialog</name>
    <message>
        <source>Your drafts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search your stories and posts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search drafts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear the search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show drafts with status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drafts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Posted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Continue this draft in the main window (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make a copy to work on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete this draft (Del); you can undo it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Mark as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the draft&apos;s status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Posted (today)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save drafts as a file (not encrypted)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This draft as Markdown…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This draft as JSON…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All drafts as Markdown…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All drafts as JSON (a backup)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import JSON…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add drafts from an OwnVoice JSON export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close the drafts list (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read-only: %1 You can search, open and export drafts here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No drafts match “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No drafts with this status.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No drafts yet. Drafts you keep in the main window appear here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Made a copy: “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EngineSettingsDialog</name>
    <message>
        <source>Engine settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> tokens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By post length</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Same seed every time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Context window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How much text the model sees at once. Larger needs more memory.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Threads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Processor cores the model uses. &apos;Automatic&apos; uses every core other programs leave free, and gives one back while they are busy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Temperature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Higher is more varied, lower is more predictable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Top-p</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the most likely words that together reach this share are considered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Max tokens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The longest reply. &apos;By post length&apos; follows short/medium/long.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repeat penalty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Above 1 discourages repeating the same words.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A fixed seed gives the same post for the same input.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changing the context window or threads restarts the model in the background.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset to defaults</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Facts</name>
    <message>
        <source>Only the first {count} figures and names were checked against the story.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A post with this many is unusual; check the rest yourself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A wrong amount is the fastest way to lose trust, and unreleased figures may be confidential. Check it against the story.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A date the story does not give may be wrong. Check it before posting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A time the story does not give may be wrong. Check it before posting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The model sometimes invents or mixes up names of people, places, companies and products. Check it; if it is right, add it to your notes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These words are not quoted from the story or your notes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Readers take words in quotation marks as what someone said. If nobody said them, put them in your own words; if someone did, add the quotation to your notes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A figure the story does not give may be a slip of the model, or not public yet. Check it before posting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The story gives this figure with another date. A year or month from one event put next to another is an easy slip; check which date belongs to it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{date}” is not the date the story gives for “{figure}”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{fact}” is not in the story or your notes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The story has this figure, but gives it to another party, line or time. A figure moved from one line of a story to the next is an easy slip; check what it belongs to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The story gives “{text}” to someone or something else.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The story gives “{text}” for another time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The story has this figure, but says it about something else. A figure from one line of a story put next to another is an easy slip; check what it belongs to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The story gives “{text}” for something else.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Words put in the wrong mouth are a misquote. Check who said them in the story.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In the story, {speaker} says this, not {other}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The story has this place, but not as where this organisation is from. Check it before posting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The story does not say it is based in “{place}”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Names and titles of the story mixed up are easy to miss and embarrassing in public. Check who is what.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The story does not call {name} “{title}”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The story does not call {name} “{said}”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The story does not say this of {name}: “{said}”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{name}” is not named in the story or your notes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{facts} and {count} more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 fact is not in the story or your notes: {facts}. Check before you post.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} facts are not in the story or your notes: {facts}. Check before you post.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FindingHighlighter</name>
    <message>
        <source>Story says: {fact}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FirstRunOffer</name>
    <message>
        <source>Get a better model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;OwnVoice came with a tiny starter model: it shows how everything works, but its posts are weak.&lt;/p&gt;&lt;p&gt;&lt;b&gt;%1&lt;/b&gt; writes much better English and Dutch and fits this computer. It is a %2 download, once; after that it runs offline.&lt;/p&gt;&lt;p&gt;%3&lt;/p&gt;&lt;p&gt;Licence: %4. %5&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Download</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You can download it later under Model → Manage models.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GenerationWorker</name>
    <message>
        <source>The model could not be loaded: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No model is loaded yet. Choose a model under Model, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Something went wrong while writing: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GetModelsTab</name>
    <message>
        <source>Model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Download</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Memory on this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Licence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Models you can download</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Download from a link…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This computer has %1 of memory: models marked “fits” run well on it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OwnVoice could not read how much memory this computer has.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Downloads go to %1 and run offline from then on. You can also put any instruction-tuned .gguf model there yourself (Q4_K_M files balance size and quality) and use it from My models.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For %1 GB laptops</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (recommended)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · downloaded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (accept first)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>checked against the SHA-256 the catalogue lists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>checked against the SHA-256 the server gives</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The download is %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Download from a link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link to a .gguf file (https://…):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a web link.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is already in your models folder.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Guidelines</name>
    <message>
        <source>{name} guidelines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>your company guidelines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{guidelines} say “{term}” must not appear.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confidential names and unreleased figures stay inside the company.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{guidelines} ask to avoid “{word}”. Try “{instead}”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{guidelines} ask to avoid “{word}”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A word your company prefers not to use in public posts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{guidelines} suggest a disclosure line: “{line}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saying where you work keeps the post honest when you write about your employer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} hashtags; {guidelines} allow {limit}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your company keeps hashtags few so posts do not look like campaigns.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{guidelines} ask for {hashtag}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A shared hashtag lets colleagues find each other&apos;s posts.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Guidelines (sentence start)</name>
    <message>
        <source>{name} guidelines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your company guidelines</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GuidelinesBox</name>
    <message>
        <source>Company guidelines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guideline rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A draft that breaks a rule gets a hint on its card. Nothing is ever blocked or sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a guidelines file (.toml) from your company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import guidelines file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop checking drafts against these guidelines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove guidelines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None imported. If your company has a guidelines file, import it here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file sets no rules.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported guidelines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import company guidelines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guidelines (*.toml);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <source>History: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Versions, newest first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Versions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare with version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Compare with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Older version, removed words struck through</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Newer version, added words underlined</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Restore this version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore the selected version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Written by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (current)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tweak: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This post has no saved versions yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read-only: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make %1 the post&apos;s text again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You are comparing a version with itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These two versions have the same text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left: the older version, removed words struck through. Right: the newer one, added words underlined.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Keyring</name>
    <message>
        <source>This computer has no system keyring that OwnVoice can use (such as GNOME Keyring, KWallet, the macOS Keychain or the Windows Credential Locker).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The system keyring is locked. Unlock it (usually by logging in to your desktop) and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The system keyring could not be started ({reason}).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Languages</name>
    <message>
        <source>English</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dutch</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Library</name>
    <message>
        <source>Your drafts library is already open in another OwnVoice window (or ownvoice-cli is using it). Close that one and try again: two programs writing at once could damage it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That passphrase does not open your drafts library. Check it (capitals count) and try again. The library has not been changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key in the system keyring does not open the drafts library at {path}: the keyring entry may have been replaced. OwnVoice has left the file untouched.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LibraryUnlock</name>
    <message>
        <source>Your drafts cannot be opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OwnVoice keeps working, but your drafts are not saved until this is solved.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Limits</name>
    <message>
        <source>LinkedIn shows @mentions in pasted text as plain text; tag people in LinkedIn itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your post is {length} characters; LinkedIn allows {limit}. Cut {over}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LinkedIn will not publish a longer post. (Emoji and styled letters count as two.)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your first sentence runs past the fold; readers see only its start before ‘…see more’.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put the hook, the line that makes people click, in a short first sentence.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} hashtags; more than {limit} can make LinkedIn treat the post as spam.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the three to five that people actually follow.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{mention}” will show as plain text.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LinkedInPreview</name>
    <message>
        <source>…see more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>…show less</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your post preview appears here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Desktop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the post as in LinkedIn&apos;s desktop feed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Desktop preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the post as in LinkedIn&apos;s mobile app</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mobile preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LinkedIn post preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Post text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Posted now, visible to anyone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Post menu (decorative)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Like</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{action} (preview only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your headline (set it in your profile)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile picture of {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile picture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Author: {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Headline: {headline}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>OwnVoice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drafts not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your drafts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LinkedIn preview</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MessageBanner</name>
    <message>
        <source>Dismiss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dismiss message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ModelFeatures</name>
    <message>
        <source>Model downloads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Downloading %1%2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ModelFiles</name>
    <message>
        <source>{name} cannot be added: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} cannot be read ({reason}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} cannot be added: it is an add-on file, not a chat model.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is already in your models folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your models folder already has a different file called {name}. Rename one of them first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A link to {name} could not be made ({reason}). Copy the file instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not enough free disk space to copy the model: it needs {needed} and {free} is free. Free some space, or add it as a link instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The model could not be copied ({reason}); nothing was added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Part {name} of this split model is missing next to it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The starter model comes with OwnVoice and cannot be removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only .gguf model files can be removed here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only models in your models folders can be removed here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} could not be removed ({reason}).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ModelGetTab</name>
    <message>
        <source>%1 is under the %2. %3

Read the licence at %4. Do you accept it?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Licence</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ModelManager</name>
    <message>
        <source>Remove model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adding the model was cancelled; nothing was added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The model could not be added: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ModelManagerDialog</name>
    <message>
        <source>Models</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Listing failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My models</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Get models</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where posts are written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your models</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use this model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Engine settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy a model file into my models folder…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link to a model file where it is…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a model file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a folder…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open models folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading model files…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n model file(s) in %1.</source>
        <translation>
            <numerusform>%n model file in %1.</numerusform>
            <numerusform>%n model files in %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n cannot be used (hover for the reason).</source>
        <translation>
            <numerusform>%n cannot be used (hover for the reason).</numerusform>
            <numerusform>%n cannot be used (hover for the reason).</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 cannot be used: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>needs about %1 of this computer&apos;s %2 memory: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no chat template: OwnVoice uses the common ChatML format, which may suit it poorly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a GGUF model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GGUF models (*.gguf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adding %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a folder with models</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the link %1 from your models? The model file it points to stays where it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete %1 (%2) from this computer? This cannot be undone; you would have to download or copy it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save your settings (%1).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ModelMenu</name>
    <message>
        <source>Posts are written on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looking for models…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (cannot be used)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manage models…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a model file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open my models folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a GGUF model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GGUF models (*.gguf)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ModelStatus</name>
    <message>
        <source>Model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Speed of the last run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starter model: writes poorly · Get a better model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Get a better model than the starter model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No model is installed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No model is installed. Put a .gguf model file in %1 and choose it under Model.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop the current drafts before switching models.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 tokens/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How fast the model wrote the last card (a token is about ¾ of a word).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 per card · all cards at once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The model read the story once and wrote every card at the same time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · one card after another</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cards were written one after another: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1
%2-token context</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading the model…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model not available</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ModelTable</name>
    <message>
        <source>fits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>too big</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quantisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trained context</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chat template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Licence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Memory on this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot be used: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (in use)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unusable: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not stated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Models</name>
    <message>
        <source>The model file {path} does not exist. Choose another model, or put a .gguf file in your models folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} cannot be loaded: {reason} Choose a complete .gguf model file (for example download it again, or pick another model).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>about {count} words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The story, notes and examples come to {prompt}, but this model reads at most {fits} at a time besides the post it writes. Shorten the story or the samples, or choose a model that reads more at once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The model engine stopped unexpectedly ({how}). Your text is safe. The next request starts a fresh engine; if this keeps happening, try a smaller model.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NativeCrashDialog</name>
    <message>
        <source>OwnVoice closed unexpectedly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no log file could be written)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OwnVoice stopped unexpectedly last time (a crash outside Python, in one of the libraries it uses). Your saved drafts are safe in your library.

The log file is:
%1

The report below holds no text of your drafts: only where in the program it stopped. Copy it to tell us what happened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Crash report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copied</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OwnWords</name>
    <message>
        <source>This reads like the press release — add your own words.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This repeats one of your earlier posts word for word — say it anew.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{share}% of the card&apos;s five-word phrases come straight from the story, and the longest copied run is {words} words. Readers have seen the press release; tell them what it means to you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The longest run copied from your earlier posts is {words} words. Your network has read those posts; use them for how you write, not for what you say.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PassphraseDialog</name>
    <message>
        <source>Passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repeat the passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repeat it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Protect your drafts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlock your drafts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a passphrase for your drafts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter your drafts passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At least %1 characters. A few unrelated words are easy to remember and hard to guess.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Protect my drafts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Continue without saving drafts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Capitals count. Nothing in the library changes until it opens.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Continue without my drafts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please type your passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two passphrases differ. Type the same passphrase in both fields.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Post</name>
    <message>
        <source>The model talks to you here; this line is not part of the post.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete it: readers would see a chatbot&apos;s answer, not your post.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This line repeats the instructions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete it, or regenerate the card.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This line is about the post, not part of it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete it: a note on what the post does reads as generated text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LinkedIn posts have no title; this line reads like one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete it, or turn it into a first sentence that makes people want to read on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A placeholder to fill in or delete.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The model left a blank for you to fill in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LinkedIn shows posts with a link in the text to fewer people. Put the link in the first comment and say “link in the comments”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This post is in {language}, not {wanted}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You asked for {wanted}. Regenerate the card, or translate it yourself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This post mixes English and Dutch; you asked for {wanted}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Small models slip into English mid-sentence. Regenerate the card, or fix the mixed words.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This post is mostly hashtags.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say what happened and what it means to you in a few sentences; keep two or three hashtags at the end.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This post does not mention what the story is about.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None of the story&apos;s names or main words appear. Regenerate the card, or add what happened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A link in the post: put it in the first comment instead.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PostCard</name>
    <message>
        <source>Shorter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>More personal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Less formal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a question at the end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The draft appears here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Post text: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Character count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Regenerate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write this angle again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tweak</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rewrite the current text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy as LinkedIn text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep this draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version history: compare and restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop writing this card; the text so far stays</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop writing this card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 words · %2 / %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 characters over LinkedIn&apos;s limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Characters as LinkedIn counts them</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProfileDialog</name>
    <message>
        <source>Your LinkedIn profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Display name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Sam de Jong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Headline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Production engineer at Northwind Energy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Used only for the preview. OwnVoice never connects to LinkedIn.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ServerPanel</name>
    <message>
        <source>Use your organisation&apos;s model server?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From now on your story, notes and voice samples are sent to %1 to write the posts. They no longer stay only on this computer. Your drafts library stays on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection is not encrypted (http://): others on the network could read it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On this computer (offline; nothing leaves it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On my organisation&apos;s model server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>optional; kept in the system keyring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a key is stored in the keyring (type to replace it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model on the server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect and list models</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use this choice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where should OwnVoice write your posts? On this computer nothing is sent anywhere. Your organisation&apos;s server (vLLM, Ollama, a llama.cpp server or any OpenAI-compatible service) can run bigger models; your story is then sent to it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The server offers %n model(s).</source>
        <translation>
            <numerusform>The server offers %n model.</numerusform>
            <numerusform>The server offers %n models.</numerusform>
        </translation>
    </message>
    <message>
        <source>The server offers no models.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Listing failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the model on the server (Connect and list models).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing changed: posts are still written on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The API key could not be stored: %1 OwnVoice never writes keys to a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your choice could not be saved (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tab and Shift+Tab move between fields; Space toggles an angle; Enter presses a button.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StarterNotice</name>
    <message>
        <source>You are trying OwnVoice with its starter model: a small demo that shows how everything works, but writes poorly. For posts worth sharing, use a bigger model.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Get a better model…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Get a better model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About the starter model</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Story</name>
    <message>
        <source>The story is {length} characters, far more than a model can read. This model reads at most {tokens} tokens, about {limit} characters, the instructions and the post included. Keep the part of the story your post is about (a few paragraphs is plenty) and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The story is {length} characters, far more than a model can read. Even the largest model OwnVoice runs reads at most about {limit} characters, the instructions and the post included. Keep the part of the story your post is about (a few paragraphs is plenty) and try again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StoryEditor</name>
    <message>
        <source>Paste the company story here, or drop a .txt, .md or .docx file on the window.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Company story</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StoryFiles</name>
    <message>
        <source>{source} looks like a binary file, not text. Save the story as .txt, .md or .docx.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{source} says it is {encoding} text but is damaged (undecodable bytes at position {position}). Save it again, or paste the text instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{source} is not UTF-8 text (undecodable byte at position {position}). Save it as UTF-8 (most editors offer this under &apos;Save as&apos;), or paste the text instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{source} does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{source} cannot be read: permission denied.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{source} is a folder, not a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{source} cannot be read: {reason}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{source} is not a regular file (it is a device, a pipe or a socket).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{source} is larger than {size}; OwnVoice reads text files up to that size. Is this the right file?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{what} {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{what} is empty. Paste or open some text first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{source} is not a readable Word document (it has no main text).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{source} is not a readable Word document ({reason}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{source} is not a readable Word document (damaged text: {reason}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{source} unpacks to more than {size} of document text, far more than a story. Is this the right file?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{source} holds more than {count} characters of text, far more than a story. Is this the right file?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StoryPanel</name>
    <message>
        <source>Open file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a story file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Company story</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft one post per angle (Ctrl+Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generate drafts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop writing; the text so far stays (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop generating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generate status</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TextZoom</name>
    <message>
        <source>&amp;Larger text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Smaller text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Normal text size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text size %1 %</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UndoBar</name>
    <message>
        <source>Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted drafts</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Unlock</name>
    <message>
        <source>A passphrase cannot contain the NUL character. Please choose another one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please choose a passphrase of at least {count} characters: it is the only thing protecting your drafts on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{problem} OwnVoice encrypts your drafts and normally keeps the key there. Choose a passphrase instead: you will type it each time you open OwnVoice. Nobody can recover it for you, and without it your drafts cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your drafts are encrypted with the passphrase you chose when this computer had no system keyring. Enter it to open them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OwnVoice cannot tell how your drafts library was locked (its file {info} is missing). If you chose a passphrase, enter it; if OwnVoice kept the key in the system keyring, the library can no longer be opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{problem} Your drafts are encrypted with a key kept in that keyring, so they cannot be opened until it is available.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key that unlocks your drafts is missing from the system keyring (service “{service}”, entry “{entry}”). Without it the library at {path} cannot be read. OwnVoice has left the file untouched: restore the keyring entry (for example from a backup of your keyring) to open it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Voice</name>
    <message>
        <source>Compared with the posts in your voice profile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{difference!u}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sounds like you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close to your voice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not quite your voice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>you use none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>you usually use {count}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>longer than your posts ({words} words; yours are about {usual})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>shorter than your posts ({words} words; yours are about {usual})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>longer sentences than you write (about {words} words; yours average {usual})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>shorter sentences than you write (about {words} words; yours average {usual})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no hashtags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 hashtag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} hashtags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>you rarely use hashtags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{used}; {usually}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no emoji</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} emoji</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>you rarely use emoji</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>more line breaks than you use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fewer line breaks than you use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>more exclamation marks than you use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fewer exclamation marks than you use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>more questions than you ask</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fewer questions than you ask</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>more about &apos;I&apos; than you write</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>less personal: you say &apos;I&apos; more often</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>addresses readers as &apos;{mine}&apos;; you write &apos;{yours}&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>English</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dutch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>written in {mine}; your posts are in {yours}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 em dash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} em dashes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>you rarely use them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Separate posts with a line of three dashes (---), or with two blank lines.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VoiceProfileDialog</name>
    <message>
        <source>My voice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My voice profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your posts stay on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use this voice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your own posts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste {low} to {high} LinkedIn posts you wrote yourself. OwnVoice measures how you write (length, sentences, line breaks, emoji, hashtags, how you open and close) and asks the model to write the same way.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your earlier posts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My first post…

---

Another post of mine…

---

A third one…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Posts found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import text file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A .txt, .md or .docx file, posts separated as described above</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to my profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the profile you have</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Analyse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measure how these posts are written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What your posts say</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Style notes for the model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One per line. Change, add or remove any of them: they go into every draft.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Style notes, one per line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset to measured</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace the notes with the ones measured from your posts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Analyse new posts…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste or import posts and measure again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measured from 1 of your posts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measured from {count} of your posts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} of at least {low} posts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} posts: keep at most {high}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} posts found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import your posts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text files (*.txt *.md *.markdown *.docx);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WindowLibrary</name>
    <message>
        <source>Drafts library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your drafts are not being saved: the drafts library is not open. Restart OwnVoice to try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drafts not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The drafts library is open read-only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drafts read-only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drafts saved privately</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your drafts are kept in an encrypted library on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Used for this session only: drafts are not saved here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a company story</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stories (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drafts are not saved on this computer, so there are none to show.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This draft has no saved history yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All your OwnVoice data was deleted. Drafts are not saved until you restart OwnVoice.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WindowMenus</name>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open story…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My &amp;drafts…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Generate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy selected draft for LinkedIn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Get a &amp;better model…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Light</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show LinkedIn &amp;preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Mobile preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy **bold** as Unicode bold letters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Screen readers read these letters badly; turn off for plain text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interface &amp;language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your name and &amp;headline…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My &amp;voice…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forget my voice profile…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Company &amp;guidelines…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete all my data…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the &amp;log folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About OwnVoice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applies the next time you start OwnVoice.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WindowModels</name>
    <message>
        <source>%1 is downloaded and checked: it is under Model now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new model settings apply once these drafts are written.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WindowPreferences</name>
    <message>
        <source>Forget your voice profile?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OwnVoice forgets the posts you gave it and how you write. The My voice tone goes away until you make a new profile. Your drafts stay.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WindowView</name>
    <message>
        <source>The new interface language applies the next time you start OwnVoice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About OwnVoice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your settings could not be saved (%1).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Wipe</name>
    <message>
        <source>Delete all my data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All your OwnVoice data has been deleted from this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OwnVoice starts afresh: your drafts are no longer saved until you restart it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Some of your data could not be deleted:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WipeConfirmDialog</name>
    <message>
        <source>Delete all my data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DELETE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠️ This cannot be undone. Export your drafts first if you want to keep them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete everything OwnVoice stored on this computer?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type %1 to confirm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type &lt;b&gt;%1&lt;/b&gt; to confirm:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete everything</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>your drafts library, with every draft and its history: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the key to it in the system keyring (entry “%1”), if there is one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>your settings: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OwnVoice&apos;s logs in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not touched: model files in %1 and files you exported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This removes:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>_FindingRow</name>
    <message>
        <source>Please check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select it in the text</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>crash</name>
    <message>
        <source>(no log file could be written)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OwnVoice could not start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OwnVoice could not start: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your saved drafts were not changed. Details are in the log file:
%1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>OwnVoice uses its built-in presets for now.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>unlock</name>
    <message>
        <source>A new, empty drafts library was started. The damaged one was kept, renamed, as %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your drafts</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
