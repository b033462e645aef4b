<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>Application</name>
    <message>
        <source>Plan, lint and simulate SPF, DKIM and DMARC before you deploy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Render every view to PNG files in DIR and exit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use LANG (en, ja) this time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A plan file to open.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Findings</name>
    <message>
        <source>{name} is outside the loaded zones and live DNS is off (--offline): treated as non-existent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DNS query for {name} {type} failed: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the name server settings and try again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LiveCheck</name>
    <message>
        <source>DKIM selector %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DNS error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not published</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no such record</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n mail server(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>TTL %1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>several records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 publishes %2 records; receivers ignore all of them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>published</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DNS settings</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Outcome</name>
    <message>
        <source>pass</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>softfail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>neutral</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>temperror</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>permerror</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>info</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>waiting</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <source>&quot;%1&quot; is not an IP address with an optional port (192.0.2.53, 192.0.2.53:5353, [2001:db8::53]:53)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dmarcplan::ui::CheckTreeModel</name>
    <message>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 DNS lookups in total; SPF allows at most %2 (RFC 7208 section 4.6.4).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n DNS lookup(s) in this branch</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DNS lookups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dmarcplan::ui::FindingsModel</name>
    <message>
        <source>Severity: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1
Fix: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dmarcplan::ui::HeaderView</name>
    <message>
        <source>Paste the headers of a message here (in your mail program: show original / view source), or drop an .eml file on this view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message headers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste message headers here, or drop an .eml file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open .eml...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the headers of a saved message file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Analyse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Explain the authentication results in these headers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Re-check against today&apos;s DNS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also evaluate SPF, DKIM and DMARC again with the records published now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What each authentication method found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Analysis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Header analyser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Messages (*.eml *.msg *.txt);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dmarcplan::ui::LintView</name>
    <message>
        <source>Show only findings at or above this severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All findings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warnings and errors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Errors only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Findings for the plan&apos;s records; double-click one to go to the field it is about</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Findings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The selected finding and how to fix it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suggested fix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a finding to see how to fix it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;No automatic fix is suggested for this finding.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Fix:&lt;/b&gt; %1&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 errors, %2 warnings, %3 notes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dmarcplan::ui::LiveCheckView</name>
    <message>
        <source>The domain to check, e.g. example.com</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DKIM selectors to look up, separated by spaces or commas (the part before ._domainkey)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Look up the domain&apos;s SPF, DMARC, MX and DKIM records now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What DNS answered; expand a row to see its records and, for SPF, its includes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Live check results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Domain:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DKIM &amp;selectors:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Live check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a domain name such as example.com.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking %1...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asking DNS...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check cancelled; the rows still waiting were not asked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check finished.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dmarcplan::ui::MainWindow</name>
    <message>
        <source>Views (Ctrl+1 to Ctrl+6)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Views</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the %1 view (Ctrl+%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scenarios</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Live check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Header analyser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start a new, empty plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a plan file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save &amp;As...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the plan under a new name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close dmarcplan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Settings...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DNS servers, offline zone files and language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About dmarcplan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version and licence of dmarcplan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1[*] - dmarcplan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has changes that are not saved. Save them?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plans (*.dmarcplan.json *.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The plan could not be opened: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opened %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plans (*.dmarcplan.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The plan could not be saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;dmarcplan %1&lt;/h3&gt;&lt;p&gt;Plan, lint and simulate SPF, DKIM and DMARC records before you deploy them.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About dmarcplan</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dmarcplan::ui::PlanDocument</name>
    <message>
        <source>Untitled</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dmarcplan::ui::PlanView</name>
    <message>
        <source>The plan file&apos;s contents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New plan, not saved yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dmarcplan::ui::RecordsModel</name>
    <message>
        <source>Host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dmarcplan::ui::RecordsView</name>
    <message>
        <source>The records to create at your DNS provider: host, type and value as their forms ask</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy &amp;value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the selected record&apos;s value to the clipboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy &amp;zone snippet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy every record as zone-file lines to the clipboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the zone-file lines to a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The records as lines of a zone file, for DNS servers you manage yourself</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zone-file snippet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Host, type and value for your DNS provider&apos;s web form:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The same records in zone-file form:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zone files (*.zone);;Text files (*.txt)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The records could not be saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dmarcplan::ui::ScenariosView</name>
    <message>
        <source>Your DMARC record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SPF alignment (aspf): relaxed accepts an envelope domain in the same organisation as the From domain; strict needs the exact domain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DKIM alignment (adkim): relaxed accepts a signing domain in the same organisation as the From domain; strict needs the exact domain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Policy (p) for mail from your domain that fails DMARC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Policy (sp) for mail from existing subdomains</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Policy (np) for mail from subdomains that do not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Testing mode (t=y)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask receivers to apply one level less than the policy while you test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;aspf:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a&amp;dkim:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;p:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>s&amp;p:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;np:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How your mail travels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sign with my own domain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your servers and providers add a DKIM signature with your domain (d=)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The algorithm of your DKIM key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forwarder uses S&amp;RS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The forwarding server rewrites the envelope sender to its own domain (SRS)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List adds subject tag and &amp;footer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mailing list changes the subject and body, which breaks DKIM signatures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List rewrites &amp;From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mailing list replaces the From address with its own domain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Key algorithm:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One row per way a message reaches the receiver: SPF, DKIM, their alignment, the DMARC result and what the receiver does</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scenarios</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why the selected scenario ends as it does, and what to change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a scenario to see the SPF trace, the DKIM verification and the recommendation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>same as p</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none (monitor only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>quarantine (spam folder)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>relaxed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>strict</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dmarcplan::ui::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DNS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;System resolver</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask the name servers this computer is configured with (/etc/resolv.conf).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;These name servers:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask only the name servers listed next to this option.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IP addresses of name servers, separated by commas; add :PORT for a port other than 53 (IPv6 in brackets).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name servers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Offline (zone files only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Never use the network: names outside the zone files below are treated as non-existent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Zone files answered first:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RFC 1035 zone files; they are authoritative for the zones they hold, in every mode.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zone files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add zone files to the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the selected zone file from the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time budget for one DNS question, all attempts included.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Timeout per question:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The language of the app; takes effect the next time dmarcplan starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter at least one name server, or choose another DNS option.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offline mode needs at least one zone file to answer from.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add zone files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zone files (*.zone *.db *.txt);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dmarcplan::ui::TaskPanel</name>
    <message>
        <source>Progress of the running task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop the running task; what has arrived so far stays visible.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
