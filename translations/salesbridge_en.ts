<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>CommandLine</name>
    <message>
        <source>Cannot open %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>… %1%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was imported: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>created %1, updated %2, unchanged %3, contacts created %4, rejected %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown list &quot;%1&quot;: use customers, contacts, orders or products.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 rows written to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>… %1 of %2 records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo workspace could not be created: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 records written in %2 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SalesBridge command line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workspace file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customers in the demo workspace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>n</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workspace: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--demo-size must be a positive number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workspace already holds data; demo data goes only into an empty workspace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>last sync: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sync, connect: read the server password from standard input (else it comes from the OS keychain).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No server is configured for this workspace. Add one with: salesbridge connect tryton URL DATABASE USER</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent %1, refused %2, retry later %3, received %4, deleted %5, conflicts %6 in %7 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not log in: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server was saved, but the password could not be stored in the keychain: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 at %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected to %1 (%2) as %3: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: salesbridge route ENTITY|ENTITY.COMMAND SYSTEM|- [--workspace PATH]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: no owner rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 now goes to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pending %1, failed %2, conflicts %3, kept on this computer %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unreachable: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ok</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: last sync %2, last success %3, %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>configuration: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 in conflict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 held behind a conflict or a refused change of the same record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 to retry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 not sent yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left: nothing, everything went through.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No kind of server takes &quot;%1&quot; as &quot;%2&quot;. Known: %3; systems: %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1: would create %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1: would update %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dry run, nothing written: would create %1, update %2, leave %3 unchanged, create %4 contacts; %5 rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>import: check every row and say what would be created, updated or rejected, without writing anything.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: salesbridge %1 customers|contacts FILE [--workspace PATH] [--dry-run]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sync: also check which records still exist on the servers (finds records deleted there outright; runs daily by itself).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The check for deleted records did not finish; the next sync checks again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checked for deleted records: %1 records in %2 s, %3 removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>connect: accept a plain http:// address of another computer (the password would travel unencrypted).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning: the password and every record synced travel unencrypted to %1 (plain http, confirmed with --allow-plain-http).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To connect without encryption anyway, add --allow-plain-http.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workspace %1 is sound; nothing to recover.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>import customers|contacts FILE, export customers|contacts|orders|products FILE, demo, status, sync, connect, route, check or recover</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run &quot;salesbridge recover&quot; (with the same --workspace) to keep a copy of it and start a fresh workspace that syncs again from the servers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workspace %1 is sound (%2 in %3 ms).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ListModels</name>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grade</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Industry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credit limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Primary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opportunity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Probability</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ordered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Promised</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delivery</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invoice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shipment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Carrier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tracking number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To pay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Specification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On hand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forecast</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Margin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Orders (12 mo.)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requested by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ticket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Serial</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Priority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Street</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>City</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Province</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Postal code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open deals among these (won and lost left out): %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total of these quotes: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revenue of these orders (drafts and cancelled ones left out): %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (by %2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ShortcutHelp</name>
    <message>
        <source>Window</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SyncLists</name>
    <message>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Info</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Since</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whole record (deleted on the server)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Base</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Theirs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This change is no longer waiting for a retry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why it stays here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 “%2”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No server for %1 is set up yet: kept on this computer, sent once one is.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SyncState</name>
    <message>
        <source>Not sent: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kept on this computer: no server for it is set up yet, sent once one is</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SystemStatusModel</name>
    <message>
        <source>never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not synced yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unreachable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last sync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last success</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last error</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Vocabulary</name>
    <message>
        <source>Lead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Qualified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proposal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Negotiation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Won</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A (key account)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>B (important)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C (regular)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>D (occasional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prospect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dormant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pending approval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ordered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Processing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assigned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Picked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Packed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In transit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not shipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting to ship</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partly shipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shipping problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not invoiced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To invoice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invoiced, unpaid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invoicing problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Posted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contract</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Special discount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stalled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Low</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Normal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>High</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Urgent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Synced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sales rep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sales office</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sales manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warehouse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stock level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opportunity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quote line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invoice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shipment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service ticket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ticket comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Update</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting to send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yesterday</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n days ago</source>
        <translation>
            <numerusform>%n day ago</numerusform>
            <numerusform>%n days ago</numerusform>
        </translation>
    </message>
    <message>
        <source>tomorrow</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>in %n days</source>
        <translation>
            <numerusform>in %n day</numerusform>
            <numerusform>in %n days</numerusform>
        </translation>
    </message>
    <message>
        <source>Approval revoked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Office</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delivery</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent to customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New, not synced yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed, not synced yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted, not synced yet</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Demo workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preparing the demo workspace…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SalesBridge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo workspace could not be created: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sb::ActivityDialog</name>
    <message>
        <source>D&amp;ue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log an activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What it was about</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What was said, who was there…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What came of it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. send the revised quote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;When:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Contact:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Subject:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Outcome:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ne&amp;xt step:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>O&amp;pportunity:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sb::ActivityStateBar</name>
    <message>
        <source>On track: %1
Next activity overdue: %2
No activity planned: %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sb::ActivityStore</name>
    <message>
        <source>Unknown activity type &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the activity a subject.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the activity a date and time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say what the next step is, or clear its due date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The next step&apos;s due date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The contact is not one of this customer&apos;s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The opportunity is not one of this customer&apos;s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date and time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The activity cannot end before it starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A reminder is between 0 minutes and 4 weeks before the start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown time zone &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The list of attendees cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sb::AddressDialog</name>
    <message>
        <source>De&amp;fault address of its kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Orders and invoices take the default address of the kind they need; marking this one clears the mark on the customer&apos;s other addresses of the same kind.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. CN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Street:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;ity:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Province:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Postal &amp;code:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Co&amp;untry:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sb::AddressStore</name>
    <message>
        <source>Unknown kind of address &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An address needs a street or a city.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sb::AddressesPanel</name>
    <message>
        <source>&amp;New address…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The address was saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The address was added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete this address? The deletion is sent with the next sync; until then it can be undone in Pending changes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The address was deleted; the deletion goes with the next sync.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the selected address</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sb::ApprovalDetail</name>
    <message>
        <source>Select a request to see what decides it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open quote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Margin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer grade</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Orders, last 12 months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revenue, last 12 months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open service tickets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rejected before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>requested by %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cost unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Below %1%</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Quote %1: %n line(s)</source>
        <translation>
            <numerusform>Quote %1: %n line</numerusform>
            <numerusform>Quote %1: %n lines</numerusform>
        </translation>
    </message>
    <message>
        <source>Approval steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No step recorded yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requested by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approval step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>waiting for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>waiting at %1 for %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>decided by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lines of the request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quote %1: lines of the request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your decision to approve was refused.
%1
The request is now: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your decision to reject was refused.
%1
The request is now: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The change made here was refused.
%1
The request is now: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your decision (approve) waits to be sent: it reaches the OA system with the next sync.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your decision (reject) waits to be sent: it reaches the OA system with the next sync.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The withdrawal of this request waits to be sent with the next sync.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A change of this request waits to be sent with the next sync.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sb::ApprovalFacts</name>
    <message>
        <source>This approval request is no longer in the workspace.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sb::ApprovalInboxView</name>
    <message>
        <source>Pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decided</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comment for the requester (required to reject)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approve every pending request selected in the list, with the comment above</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requests are decided by a sales manager; you see them here read-only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Approve selected (%n)</source>
        <translation>
            <numerusform>Approve selected (%n)</numerusform>
            <numerusform>Approve selected (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>Approved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rejected: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Approved %n request(s).</source>
        <translation>
            <numerusform>Approved %n request.</numerusform>
            <numerusform>Approved %n requests.</numerusform>
        </translation>
    </message>
    <message>
        <source>To decide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approve the request (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reject the request, with a comment (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approve the request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reject the request, with a comment</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sb::ApprovalNotifier</name>
    <message>
        <source>An approval request waits for you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2, from %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n approval request(s) wait for you</source>
        <translation>
            <numerusform>%n approval request wait for you</numerusform>
            <numerusform>%n approval requests wait for you</numerusform>
        </translation>
    </message>
    <message>
        <source>Approved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approved by %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approved by %1: “%2”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rejected: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rejected by %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rejected by %1: “%2”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approval revoked: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The quote needs a new approval before it can become an order.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sb::AttachmentOpener</name>
    <message>
        <source>&quot;%1&quot; cannot be opened: the server has not listed it yet. Try again after the next sync.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot be opened here: no after-sales server is set up, so attached files are only listed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another file is still downloading; wait for it or cancel it first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot be downloaded now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Downloading &quot;%1&quot; (%2)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open attachment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The download of &quot;%1&quot; was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; could not be downloaded: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File too large to open here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is %2; files up to %3 open here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the ticket in the service desk&apos;s web pages to get it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open ticket on the server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The limit is set in the settings (service/attachmentLimitMb).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ticket&apos;s page could not be opened: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; could not be saved: the folder %2 cannot be created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; could not be saved to %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; was saved to %2, but no program opened it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sb::BulkWriter</name>
    <message>
        <source>%1 has no field %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workspace is not open.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sb::CalendarItemsModel</name>
    <message numerus="yes">
        <source>%n attendee(s)</source>
        <translation>
            <numerusform>%n attendee</numerusform>
            <numerusform>%n attendees</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Task due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sb::CalendarView</name>
    <message>
        <source>◀ &amp;Previous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The week before (Page Up in the calendar)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T&amp;oday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This week (Home in the calendar)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Next ▶</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The week after (Page Down in the calendar)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Schedule…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schedule a meeting at the selected half hour (Ctrl+N, or Enter on an empty slot)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My calendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everyone&apos;s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 – %2 · week %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This week holds more than %1 items; the first %1 are shown. &quot;My calendar&quot; shows only yours.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The activity was saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The changes were saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It was scheduled.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sb::ChangeWriter</name>
    <message>
        <source>%1 has no field %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This %1 no longer exists in the workspace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot queue the change for sending: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sb::ComingUpPanel</name>
    <message>
        <source>Nothing planned with this customer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schedule &amp;meeting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schedule a meeting, visit or call with this customer (Ctrl+Shift+M)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add follow-up tas&amp;k…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a task due at a time, with a reminder (Ctrl+Shift+T)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Coming up&lt;/b&gt; (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>&lt;span style=&apos;color:#c62828&apos;&gt;%n overdue&lt;/span&gt;</source>
        <translation>
            <numerusform>&lt;span style=&apos;color:#c62828&apos;&gt;%n overdue&lt;/span&gt;</numerusform>
            <numerusform>&lt;span style=&apos;color:#c62828&apos;&gt;%n overdue&lt;/span&gt;</numerusform>
        </translation>
    </message>
    <message>
        <source>The task was added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It was scheduled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marked done: it is on the timeline now, where its outcome can be added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The changes were saved.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sb::ConflictPanel</name>
    <message>
        <source>&amp;Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Use this value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before (last synced)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mine (this computer)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Theirs (server)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New value:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a conflict to decide it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No conflicts. When a field was changed both here and on a server, it waits here for your decision.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep &amp;mine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take &amp;theirs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 “%2” was deleted on the server, but you edited it here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edited here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted on the server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keep (send it again)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 “%2”: field “%3” was changed here and on the server.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sb::ConflictStore</name>
    <message>
        <source>This conflict was already resolved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose to keep or drop the record.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sb::ConnectorDialog</name>
    <message>
        <source>&amp;Use this server when syncing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit server connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a server connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave empty to keep the saved password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kept in the system keychain only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server &amp;type:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password is stored in the system keychain, never in the workspace or the settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the password of this user. SalesBridge keeps it in the system keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The address or the user changed: enter the password again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving the password in the system keychain…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password could not be stored in the system keychain, so nothing was saved.
%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the password to test the connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not connect: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected to %1 as %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unencrypted connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is reached over plain http, without encryption.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your password and every record synced would travel in clear over the network, where others can read them. Use an https address if the server has one.

Connect to %1 without encryption anyway?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sb::ConnectorStore</name>
    <message>
        <source>This server is already configured.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the type of server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another server (%1) already plays this part for the workspace. Turn it off or remove it first.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sb::ContactDialog</name>
    <message>
        <source>&amp;Primary contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;hone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Mobile:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sb::CredentialStore</name>
    <message>
        <source>The system keychain refused access. Unlock it and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No system keychain is available (%1). SalesBridge keeps passwords only in the keychain, so it cannot remember this one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The system keychain reported an error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The system keychain is locked, so SalesBridge cannot read the server&apos;s password. Unlock it (for example by logging in again) and SalesBridge will sync again; nothing was sent meanwhile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The system keychain is locked. Unlock it (for example by logging in again) and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No system keychain is running (%1). SalesBridge keeps passwords only in the keychain: start a desktop session with a keychain (GNOME Keyring, KWallet) and SalesBridge will sync again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The system keychain refused to give SalesBridge the server&apos;s password (access denied or the unlock was cancelled). Allow it or unlock the keychain and SalesBridge will sync again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The system keychain could not be read: %1. SalesBridge will sync again once it answers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>it did not answer within %n second(s)</source>
        <translation>
            <numerusform>it did not answer within %n second</numerusform>
            <numerusform>it did not answer within %n seconds</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sb::CsvExport</name>
    <message>
        <source>The export was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is not open for writing.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sb::CsvImport</name>
    <message>
        <source>Columns &quot;%1&quot; and &quot;%2&quot; mean the same field; only the first is used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These columns are not known and were ignored: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown database error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot start writing to the workspace: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The import was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This row has %1 columns but the header has %2 (a missing quote or an extra delimiter?).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1 could not be saved: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The import could not be saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file has no customer name column. The first line must name the columns, for example &quot;name&quot; or &quot;客户名称&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact columns were ignored because the file has no contact name column (联系人).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The code %1 already appeared on line %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The customer name is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The grade &quot;%1&quot; is not one of A, B, C, D.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The status &quot;%1&quot; is not one of prospect, active, dormant, closed (潜在, 活跃, 休眠, 关闭).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credit limit: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The currency &quot;%1&quot; is not a three-letter code such as CNY or USD.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact details are given without a contact name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an email address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The customer with code %1 was deleted here and the deletion is not sent yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file has no contact name column, for example &quot;name&quot; or &quot;姓名&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file has no column naming the customer: &quot;customer_code&quot; (客户编码) or &quot;customer_name&quot; (客户名称).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The row does not name a customer (code or name).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No customer has the code %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No customer is named &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Several customers are named &quot;%1&quot;; add a customer code column to tell them apart.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The contact name is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not yes or no (1/0, 是/否).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The amount &quot;%1&quot; is negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The amount &quot;%1&quot; is not a number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The amount &quot;%1&quot; is too large.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first line must name the columns, but line %1 cannot be read as a header. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name &quot;%1&quot; without a code already appeared on line %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Several customers are named &quot;%1&quot;; add a code column to say which one this row is.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sb::CsvImportWizard</name>
    <message>
        <source>Import customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a CSV file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One contact per row, with the customer&apos;s code (customer_code) or name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column in the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why the row was not imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(ignored)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No column is understood as the name: rename it to &quot;name&quot; or 名称.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was imported: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n customer(s) created</source>
        <translation>
            <numerusform>%n customer created</numerusform>
            <numerusform>%n customers created</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n updated</source>
        <translation>
            <numerusform>%n updated</numerusform>
            <numerusform>%n updated</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n contact(s) created</source>
        <translation>
            <numerusform>%n contact created</numerusform>
            <numerusform>%n contacts created</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unchanged</source>
        <translation>
            <numerusform>%n unchanged</numerusform>
            <numerusform>%n unchanged</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) rejected</source>
        <translation>
            <numerusform>%n row rejected</numerusform>
            <numerusform>%n rows rejected</numerusform>
        </translation>
    </message>
    <message>
        <source>The imported records are queued under Pending changes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One customer per row. A column &quot;name&quot; (or 名称) is required; a customer whose code (or, without a code, whose name) already exists is updated instead of duplicated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Path of a .csv file; press Enter to read it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing has been written yet. Check what each row will do, then press Import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows of the file and what the import will do with each</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1 should name the columns but cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) read. Press Next to see what the import will do.</source>
        <translation>
            <numerusform>%n row read. Press Next to see what the import will do.</numerusform>
            <numerusform>%n rows read. Press Next to see what the import will do.</numerusform>
        </translation>
    </message>
    <message>
        <source>create</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>update</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n customer(s) to create</source>
        <translation>
            <numerusform>%n customer to create</numerusform>
            <numerusform>%n customers to create</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n contact(s) to create</source>
        <translation>
            <numerusform>%n contact to create</numerusform>
            <numerusform>%n contacts to create</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n to update</source>
        <translation>
            <numerusform>%n to update</numerusform>
            <numerusform>%n to update</numerusform>
        </translation>
    </message>
    <message>
        <source>The file cannot be imported: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n contact(s) created.</source>
        <translation>
            <numerusform>%n contact created.</numerusform>
            <numerusform>%n contacts created.</numerusform>
        </translation>
    </message>
    <message>
        <source>The workspace changed after the preview, so this result differs from what the preview showed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking the rows…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sb::CsvReader</name>
    <message>
        <source>The file starts as UTF-16 text but contains invalid characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is not UTF-8 and this build cannot read GBK/GB18030 text. In Excel, save it again as &quot;CSV UTF-8&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open the file: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bad bytes: this line is not %1 text like the rest of the file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A quoted field opens on this line and is never closed (a closing &quot; is missing).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A quoted field opens on this line and runs into line %1, which is not %2 text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A quoted field opens on this line and only closes on line %1: a closing &quot; is probably missing.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sb::CsvWriter</name>
    <message>
        <source>The file is not open for writing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write the file: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sb::CustomerDialog</name>
    <message>
        <source>Edit customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>given by the ERP when empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>comma separated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name*</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;hort name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;ode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Grade</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Industry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>O&amp;wner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credit &amp;limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No&amp;tes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Primary contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save anyway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create anyway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The customer&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The credit limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The contact&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A customer named %1 already exists. &lt;a href=&quot;open&quot;&gt;Open %1&lt;/a&gt; instead, or save a second one with the same name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New quotes and opportunities of the customer are in this currency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;urrency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>0 means no credit limit. The ERP checks the limit when an order is confirmed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sb::CustomerFileView</name>
    <message>
        <source>← Customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to the list (Alt+Left)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New &amp;quote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File a &amp;complaint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Timeline&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grade &lt;b&gt;%1&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Open pipeline &lt;b&gt;%1&lt;/b&gt; (%n deal(s))</source>
        <translation>
            <numerusform>Open pipeline &lt;b&gt;%1&lt;/b&gt; (%n deal)</numerusform>
            <numerusform>Open pipeline &lt;b&gt;%1&lt;/b&gt; (%n deals)</numerusform>
        </translation>
    </message>
    <message>
        <source>Revenue %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No contact logged yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last contact %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>&lt;span style=&apos;color:#c62828&apos;&gt;%n overdue activit(y/ies)&lt;/span&gt;</source>
        <translation>
            <numerusform>&lt;span style=&apos;color:#c62828&apos;&gt;%n overdue activity&lt;/span&gt;</numerusform>
            <numerusform>&lt;span style=&apos;color:#c62828&apos;&gt;%n overdue activities&lt;/span&gt;</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n open ticket(s)</source>
        <translation>
            <numerusform>%n open ticket</numerusform>
            <numerusform>%n open tickets</numerusform>
        </translation>
    </message>
    <message>
        <source>Contacts (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opportunities (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quotes (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Orders (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shipments (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tickets (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Details…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Resolve…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the refused change in Pending changes, where it can be sent again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Pending changes on this customer&apos;s conflicts to keep your value or take the server&apos;s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not accepted by the server: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no reason given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server refused the last change of this customer. Fix the record and save it, or send it again from Pending changes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted here, waiting to be sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting to be sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved on this computer; the change goes to the server with the next sync.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deleted on the server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted on the server while you edited it here</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n field(s) in conflict</source>
        <translation>
            <numerusform>%n field in conflict</numerusform>
            <numerusform>%n fields in conflict</numerusform>
        </translation>
    </message>
    <message>
        <source>No configured server takes customers; the change is not lost and not late.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New contact…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The contact was saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The contact was added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete this contact? The deletion is sent with the next sync; until then it can be undone in Pending changes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The contact was deleted; the deletion goes with the next sync.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log a visit, call or note… (Ctrl+L, Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Log…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log a visit report: date, contact, outcome and next step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dele&amp;te</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the selected activity (Delete); orders, quotes and the like are deleted where they live</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Addresses (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The activity was logged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The activity was saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete this activity from the timeline? The deletion is sent with the next sync; until then it can be undone in Pending changes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The activity was deleted; the deletion goes with the next sync.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log a visit, call or note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schedule a meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a follow-up task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the selected activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the selected contact</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sb::CustomerPicker</name>
    <message>
        <source>Type a customer name or code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sb::CustomerStore</name>
    <message>
        <source>A customer needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The grade must be A, B, C or D.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown customer status &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another customer already has the code %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A contact needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The credit limit</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sb::CustomersView</name>
    <message>
        <source>Find customers by name, short name, code, region, industry or tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grade A</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prospects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not synced yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n customer(s)</source>
        <translation>
            <numerusform>%n customer</numerusform>
            <numerusform>%n customers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln+ customer(s)</source>
        <translation>
            <numerusform>%Ln+ customer</numerusform>
            <numerusform>%Ln+ customers</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sb::DashboardCharts</name>
    <message>
        <source>Millions of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thousands of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No open deals in this currency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No open deals with a close date in this currency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weighted (amount × probability)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No orders or invoices in this currency and period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ordered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invoiced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quotes waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quotes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No quote is waiting for approval</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sb::DashboardModels</name>
    <message>
        <source>Rep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Currency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weighted amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ordered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invoices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invoiced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quotes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Under 1 day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1–3 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>3–7 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>7 days or more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Figure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Win rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deals won</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deals lost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Average cycle time (days)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Average cycle time of won deals (days)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quotes waiting for approval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Longest wait for approval (days)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Won amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Past due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <extracomment>A month on a chart axis: short month name and year, &quot;Mar 2026&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is not open for writing.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sb::DashboardPanel</name>
    <message>
        <source>Export PNG…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save this chart as a picture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the figures behind this chart for a spreadsheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save these figures as a picture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save the picture to %1. Check that the folder exists and can be written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export PNG</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PNG pictures (*.png)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sb::DashboardView</name>
    <message>
        <source>Team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This quarter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 12 months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The period of the win rate, the cycle time and the revenue. The pipeline and the approvals are as they stand today; the forecast looks six months ahead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The currency of the charts&apos; amounts: amounts in different currencies are never added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the figures again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whose:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Currency:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key figures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open pipeline by rep and stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weighted forecast by month of expected close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revenue by month: ERP orders and invoices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quotes waiting for approval, by time waited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The figures could not be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dashboard: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Win rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Average cycle time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quotes waiting for approval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Won in the period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 to %2 · read at %3 in %4 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 won · %2 lost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From creation to won or lost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Won deals: %1 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Oldest: %1 days · %2 waiting 7 days or more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deals won in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also won: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sb::Database</name>
    <message>
        <source>The workspace %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the workspace %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open the workspace %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a readable SalesBridge workspace: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workspace %1 was written by a newer SalesBridge (data version %2; this version reads up to %3). It has not been changed; please update SalesBridge.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a database of another program, not a SalesBridge workspace. It has not been changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot prepare the workspace: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot register the search functions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The SQLite driver did not expose its handle.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot start upgrading the workspace: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upgrading the workspace to data version %1 failed (%2). Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The disk is full: nothing of this was written. Free some space on the disk of the workspace and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workspace could not be written: the disk is full or failing (or the file reached a size limit). Nothing of this was kept. Free some space or check the disk, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workspace file is damaged. Close SalesBridge and open it again: it checks the file and offers to keep a copy and start a fresh workspace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workspace cannot be written (the file or its folder is read-only, or the folder is missing).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workspace is not open.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sb::DeletionCheckPanel</name>
    <message>
        <source>Check for &amp;deletions now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Records archived on a server leave this computer with every sync. Records deleted outright there are found by comparing every record with the server, which runs once a day by itself. This runs it with a sync now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Records deleted on the servers: not checked yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>today %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last check for deleted records: %1, %2 records in %3 s, %4 removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The next sync checks again, as asked.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sb::DemoGenerator</name>
    <message>
        <source>cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing the demo data failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing the demo %1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo workspace needs at least one customer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot start writing the demo workspace: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo workspace can only be written into an empty workspace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot record the demo workspace: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot save the demo workspace: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sb::DocumentSettingsPage</name>
    <message>
        <source>Reset to default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name printed at the top of every quote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your name as customers know it; empty: your user name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folder for sent quotes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On every quote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Company &amp;name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Your name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent quotes &amp;folder:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the shown language its default subject, message and terms back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fields filled in when a quote is sent: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message to the customer, and terms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Terms on the quote:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sb::FunnelChart</name>
    <message>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weighted (amount × probability)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weighted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Won: %1 deals, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lost: %1 deals, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Win rate (by deals): %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deals vs previous stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deals vs previous stage: deals in a stage now, as a share of those
in the stage before; a snapshot of counts, not a conversion rate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Deals per stage (amounts in %n currencies: see the figures)</source>
        <translation>
            <numerusform>Deals per stage (amounts in %n currencies: see the figures)</numerusform>
            <numerusform>Deals per stage (amounts in %n currencies: see the figures)</numerusform>
        </translation>
    </message>
    <message>
        <source>Amount in millions of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount in thousands of %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sb::GlobalSearch</name>
    <message>
        <source>Search failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing found for &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search customers, contacts, opportunities, quotes, orders, tickets, shipments, products…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sb::HandoffDialog</name>
    <message>
        <source>&lt; &amp;Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Send to ERP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create order from quote %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As printed on the customer&apos;s purchase order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The customer&apos;s terms in the ERP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer &amp;PO number:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Requested delivery:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;hip to:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Invoice to:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment &amp;terms:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ERP makes the sales order from the approved quote and these details. It is sent with the next sync, once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The customer has no address: add one in the customer file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no street or city)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (default)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (not in the ERP yet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One order goes to the ERP with the next sync:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer PO</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requested delivery</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ship to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invoice to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment terms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the customer&apos;s terms in the ERP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An address is not in the ERP yet: it goes first, and the order follows it in the same sync.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sb::InventoryView</name>
    <message>
        <source>Select a product to check its stock.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Product code, name or specification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In stock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Out of stock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many the customer asks for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer asks for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>list price %1 per %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 available now in %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 available by forecast in %2 (not on hand yet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not enough: no warehouse is set up for this product.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not enough in any one warehouse for %1: %2 on hand across all warehouses, ship from several</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not enough: %1 asked, %2 on hand in all warehouses</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sb::JsonHttpCall</name>
    <message>
        <source>It may have been saved on the server; it is checked there before being sent again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The network is not available.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The server did not answer within %n second(s).</source>
        <translation>
            <numerusform>The server did not answer within %n second.</numerusform>
            <numerusform>The server did not answer within %n seconds.</numerusform>
        </translation>
    </message>
    <message>
        <source>The server refused the connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s address could not be found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A secure connection to the server could not be established.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection to the server was lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection to the server timed out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request failed (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s reply was cut off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server no longer accepts this sync position; the sync starts over.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server is busy (HTTP %1); trying again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server reported an error (HTTP %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The record was changed on the server since it was last synced.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The record no longer exists on the server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server refused the request (HTTP %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server gave an unexpected answer (HTTP %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s reply could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A secure connection to the server could not be established: %1. SalesBridge does not connect past a certificate problem; ask your administrator for a valid certificate, or have the company&apos;s certificate authority added to this computer&apos;s trusted certificates.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sb::KanbanColumn</name>
    <message>
        <source>%1  (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n deal(s), %1 in total</source>
        <translation>
            <numerusform>%n deal, %1 in total</numerusform>
            <numerusform>%n deals, %1 in total</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sb::KindRegistry</name>
    <message>
        <source>ERP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OA approvals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OA calendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After-sales</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SalesBridge cannot connect to a server of kind &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A %1 server is the workspace&apos;s %2, not its %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a server address. Use the form http://host:port.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fill in every field of the connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tryton ERP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the name of the Tryton database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User &amp;name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the user name to log in with.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feishu approvals (OA)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>App &amp;ID:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the app id of the company&apos;s Feishu app.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>App &amp;secret:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approval &amp;definition:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the code of the quote approval definition.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your &amp;user id:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter your user id in the OA system: approvals are submitted and decided as you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request Tracker (after-sales)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Queue:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the queue service tickets are filed in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the Request Tracker user the token was made for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Auth &amp;token:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only customers &amp;of (login):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>everyone&apos;s customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CalDAV calendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calendar &amp;address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the user name of the calendar server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The address %1 uses plain http: the password and everything synced would travel unencrypted to %2. Use https, or confirm plain http for this server.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sb::ListPanel</name>
    <message>
        <source>Filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export to CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n record(s)</source>
        <translation>
            <numerusform>%n record</numerusform>
            <numerusform>%n records</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export to CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln+ record(s)</source>
        <translation>
            <numerusform>%Ln+ record</numerusform>
            <numerusform>%Ln+ records</numerusform>
        </translation>
    </message>
    <message>
        <source>Counting stopped here to show the first rows at once. Click to count them all.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sb::LogisticsView</name>
    <message>
        <source>Select a shipment to follow it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tracking number, shipment number or customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To ship</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In transit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Late</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the customer file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the tracking number, to paste it into the carrier&apos;s site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tracking number %1 copied.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From warehouse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Carrier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tracking number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delivery confirmation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New shipment (not sent yet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shipment %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order (not sent yet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not assigned yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) late</source>
        <translation>
            <numerusform>%n day late</numerusform>
            <numerusform>%n days late</numerusform>
        </translation>
    </message>
    <message>
        <source>Not planned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not shipped yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not delivered yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed for by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delivered, no signature recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not confirmed yet</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sb::LostReasonDialog</name>
    <message>
        <source>Deal lost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why was &quot;%1&quot; lost?</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Why were these %n deals lost?</source>
        <translation>
            <numerusform>Why was this %n deal lost?</numerusform>
            <numerusform>Why were these %n deals lost?</numerusform>
        </translation>
    </message>
    <message>
        <source>Price too high</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lost to a competitor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No budget</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No decision / project stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delivery time too long</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Product does not fit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose or type the reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark as lost</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sb::MailHandoff</name>
    <message>
        <source>No desktop mail hand-off (xdg-email, in the package xdg-utils) is installed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mail hand-off could not be started: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No mail program is set up on this desktop.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mail program did not take the message (xdg-email ended with code %1).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sb::MainWindow</name>
    <message>
        <source>SalesBridge — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pipeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quotes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inventory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logistics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approvals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pending changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import customers from CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import &amp;contacts from CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export current list to CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Search everywhere…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;ync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync &amp;now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show &amp;pending changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About SalesBridge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SalesBridge %1 — the CRM desktop client for your ERP, OA and after-sales systems.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Main</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>● Offline — no server configured</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>● Checking connection…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>● Online</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>● Offline — changes are kept and sent later</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) pending, %1 failed</source>
        <translation>
            <numerusform>%n change pending, %1 failed</numerusform>
            <numerusform>%n changes pending, %1 failed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) pending</source>
        <translation>
            <numerusform>%n change pending</numerusform>
            <numerusform>%n changes pending</numerusform>
        </translation>
    </message>
    <message>
        <source>Pending changes (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approvals (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No ERP, OA or after-sales server is configured for this workspace, so there is nothing to sync with. Your changes are kept under Pending changes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Synchronisation with the configured servers is not available in this version yet; your changes are kept under Pending changes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This page has no list to export.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new language and role apply when SalesBridge starts next time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show SalesBridge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s)</source>
        <translation>
            <numerusform>%n conflict</numerusform>
            <numerusform>%n conflicts</numerusform>
        </translation>
    </message>
    <message>
        <source>Conflicts (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A sync is already running.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SalesBridge sync</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) kept on this computer: no server for them is set up yet.</source>
        <translation>
            <numerusform>%n change kept on this computer: no server for them is set up yet.</numerusform>
            <numerusform>%n changes kept on this computer: no server for them is set up yet.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>SalesBridge — %n approval(s) wait for you
%1</source>
        <translation>
            <numerusform>SalesBridge — %n approval wait for you
%1</numerusform>
            <numerusform>SalesBridge — %n approvals wait for you
%1</numerusform>
        </translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sb::MessageBar</name>
    <message>
        <source>Dismiss</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sb::NewOpportunityDialog</name>
    <message>
        <source>New opportunity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the customer wants to buy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Customer:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Amount:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected &amp;close:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Stage:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the customer of the opportunity.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The amount</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sb::OpportunityCardDelegate</name>
    <message>
        <source>● Overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected close: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The next activity is overdue.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sb::OpportunityDialog</name>
    <message>
        <source>Quote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opportunity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the customer file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why the deal was lost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the customer needs, who decides, what competes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Amount:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected &amp;close:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Probability:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Stage:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Lost because:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>D&amp;escription:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quotes (double-click to open)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the opportunity (Delete); undone from Pending changes until it is sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save (Ctrl+S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opportunity: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(not numbered yet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say why the deal was lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The opportunity was saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the opportunity &quot;%1&quot;? The deletion is sent with the next sync; until then it can be undone in Pending changes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Its %n quote(s) stay with the customer.</source>
        <translation>
            <numerusform>Its %n quote stay with the customer.</numerusform>
            <numerusform>Its %n quotes stay with the customer.</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete opportunity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The opportunity was deleted; the deletion goes with the next sync.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sb::OrderDetail</name>
    <message>
        <source>Select an order to see where it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the customer file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ordered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Promised</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Double-click a shipment to follow it in Logistics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New order (not sent yet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>late to ship</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shipment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invoice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>delivered %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>planned %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invoiced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 to pay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>overdue since %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>due %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lines (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shipments (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invoices (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer PO %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment terms: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ship to: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invoice to: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sb::OrderHandoffStore</name>
    <message>
        <source>This quote is no longer in the workspace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This address is not one of the customer&apos;s (it may have been deleted): choose another.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose where the goods go. If the customer has no address yet, add one in the customer file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose where the invoice goes. If the customer has no address yet, add one in the customer file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the delivery date the customer asked for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The requested delivery date is in the past: the earliest is today.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The requested delivery date is more than two years away: check the year.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A PO number has at most 60 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment terms have at most 100 characters.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sb::OrdersView</name>
    <message>
        <source>Order number or customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Late to ship</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unpaid</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sb::Outbox</name>
    <message>
        <source>This change is no longer in the outbox.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This change was sent already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown kind of record: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A change of this record may already be on the server (its answer was lost); it is checked at the next sync and cannot be discarded now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The record is no longer in the workspace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s version of this record is not known here, so the record cannot be put back to it. Edit it instead.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sb::PendingChangesView</name>
    <message>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a change to see what will be sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open record</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) waiting to be sent</source>
        <translation>
            <numerusform>%n change waiting to be sent</numerusform>
            <numerusform>%n changes waiting to be sent</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 %2 #%3 · %4
Queued %5 · key %6
Attempts: %7</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Errors and warnings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send the change again with the next sync. Fix the record first if the server said what is wrong.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open record to fix it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pending (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conflicts (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>never synced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>last sync at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>last sync %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everything is sent (%1). Changes you make offline wait here until they reach the ERP, OA and after-sales systems.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n refused by a server</source>
        <translation>
            <numerusform>%n refused by a server</numerusform>
            <numerusform>%n refused by a server</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s) to decide</source>
        <translation>
            <numerusform>%n conflict to decide</numerusform>
            <numerusform>%n conflicts to decide</numerusform>
        </translation>
    </message>
    <message>
        <source>Select a refused change to see why.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No change was refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server refused %1 “%2”: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no reason given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The change goes again with the next sync.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No configured server takes these changes, so they stay on this computer by design. They are not lost and not late: each is sent once a server for it is set up (Settings &gt; Connections).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kept on this computer (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kept on this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n kept on this computer (no server for them yet)</source>
        <translation>
            <numerusform>%n kept on this computer (no server for them yet)</numerusform>
            <numerusform>%n kept on this computer (no server for them yet)</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Discard…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take back the changes of this record that were not sent: it returns to the server&apos;s version (a record made here is dropped, a deletion made here is undone).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be discarded: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard %1? It was made on this computer and never sent: it is removed, with what was made under it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo the deletion of %1? It comes back as the server has it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard the action queued on %1? Nothing else changes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put %1 back to the server&apos;s version? Your unsent changes to it are lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: “%2” becomes “%3”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard unsent changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the unsent changes were discarded.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sb::PipelineStore</name>
    <message>
        <source>An opportunity needs a title.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the customer of the opportunity.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown stage &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the pipeline to change the stage.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say why the deal was lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 → %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This opportunity is no longer in the workspace.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sb::PipelineView</name>
    <message>
        <source>New opportunity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create an opportunity for a customer (Ctrl+N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All deals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My deals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move to next stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move to stage…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A deal that is won or lost has no next stage; use &quot;Move to stage…&quot; to reopen it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move to stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Double-click a card (or press Enter) to open it; drag it to another stage, or press Ctrl+→ for the next stage.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete opportunity…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sb::ProductCatalog</name>
    <message>
        <source>%1  %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — list price %2 per %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sb::QuoteCurrencyBox</name>
    <message>
        <source>The currency of the quote; it can be changed while the quote is a draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sb::QuoteDocument</name>
    <message>
        <source>The font Noto Sans CJK SC is not installed, so quotes are set in %1 instead. Install the package fonts-noto-cjk for the intended look.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No font with Chinese characters is installed: Chinese text in quotes will show as empty boxes. Install the package fonts-noto-cjk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The document could not be started: the file or printer refused it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page %1 could not be started.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The document could not be finished.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PDF could not be written to %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sb::QuoteDocumentBar</name>
    <message>
        <source>Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send to customer…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The language of the printed quote and of the message to the customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the quote (Ctrl+P)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the quote as a PDF file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a message to the customer in your mail program with the quote attached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SalesBridge quotes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a quote first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quote %1 could not be printed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print quote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The quote went to the printer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export quote as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quote %1 could not be exported: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quote %1 was saved as %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quote %1 was not sent. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quote %1 has no lines; there is nothing to send.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder %1 could not be made, so the quote was not sent. Choose another folder in Settings → Documents.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quote %1 was not sent: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no contact with an e-mail address: fill in the recipient in your mail program.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quote %1 is in your mail program with %2 attached; it is logged on %3&apos;s timeline.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quote %1 was handed over, but could not be logged as sent: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quote saved, not mailed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quote %1 could not be handed to a mail program. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PDF is saved as %1. The message text is on the clipboard.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PDF is saved as %1. Attach it to a message to %2; the message text is on the clipboard.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark as sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Once you have mailed the PDF yourself: log it on the timeline and mark the quote as sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder %1 could not be opened.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sb::QuoteDocumentSource</name>
    <message>
        <source>This quote is no longer in the workspace.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sb::QuoteEditor</name>
    <message>
        <source>Add line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submit for approval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a quote in the list, or press Ctrl+N to start a new one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subtotal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Margin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the lines (Ctrl+S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send the quote to %1 for approval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hand the approved quote to the ERP as a sales order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the customer file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grade %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valid until %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for %1&apos;s approval since %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rejected by %1 %2: “%3”. Change the lines and submit again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approved by %1 %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approved by %1 %2: “%3”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cost unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The margin needs the cost of every product on the quote.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Below %1%: the approver will look hard at this discount.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quote %1 was sent to %2 for approval.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The order is on its way to the ERP (see Pending changes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quote %1 goes to the ERP as an order with the next sync; the order appears here once the ERP has confirmed it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Withdraw request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take the approval request back; the quote becomes a draft again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting at %1 for %2 since %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for approval since %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The withdrawal was not taken: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your withdrawal waits to be sent with the next sync.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The approval request was withdrawn %1. Submit the quote again when it is ready.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approval revoked %1: the quote needs a new approval before it can become an order.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Withdraw approval request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Withdraw the approval request of quote %1?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The approver no longer sees it, and the quote becomes a draft you can change and submit again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Withdraw</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The approval request of quote %1 was withdrawn.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The withdrawal of quote %1&apos;s approval request goes to the OA system with the next sync.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quote %1 is now in %2. The prices were kept as typed, not converted: check them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete this draft quote (Delete in the list)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no number yet)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sb::QuoteLinesModel</name>
    <message>
        <source>%1  %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Product #%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Margin %1%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The quantity is not a number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The unit price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The unit price is not a number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The discount is not a number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sb::QuoteSending</name>
    <message>
        <source>This quote is still with its approver; it can be sent to the customer once it is approved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This quote is already an order; send the order confirmation instead, or export the quote as a PDF.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A quote that is %1 is not sent to the customer: submit it for approval first. You can still print it or export it as a PDF.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To: %1
Attachment: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quote %1 sent</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sb::QuoteStore</name>
    <message>
        <source>A quote that is %1 can no longer be edited.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a draft quote can be submitted; this one is %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add at least one line before submitting the quote.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quote %1 for %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only an approved quote becomes an order; this one is %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This request was already decided (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say why you reject the request: the requester reads it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The order for this quote is already on its way to the ERP.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>... and %n more line(s)</source>
        <translation>
            <numerusform>... and %n more line</numerusform>
            <numerusform>... and %n more lines</numerusform>
        </translation>
    </message>
    <message>
        <source>This request has not reached the OA system yet; it can be decided there once it has.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your decision on this request is already waiting to be sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a pending request can be withdrawn; this one is %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The withdrawal of this request is already waiting to be sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The unit price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The line total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This quote was never approved, so it cannot become an order; submit it for approval first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a currency code such as CNY or USD.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The currency of a quote that is %1 can no longer be changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This quote is no longer in the workspace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This quote is with its approver: withdraw the approval request first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a draft or rejected quote can be deleted; this one is %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sb::QuotesView</name>
    <message>
        <source>Create quote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by quote number or customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My quotes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pending approval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approved, not ordered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New quote for:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the customer the quote is for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete quote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete quote %1?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Until the next sync the deletion can be undone in Pending changes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The quote was deleted. Until the next sync, Pending changes can undo it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sb::RecordApplier</name>
    <message>
        <source>Waiting for the %1 to reach the server first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server sent a %1 whose %2 is unknown here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This %1 exists twice here and both copies have changes; resolve one in the sync centre.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sb::RecordReader</name>
    <message>
        <source>This %1 no longer exists in the workspace.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sb::ReminderBanner</name>
    <message>
        <source>&amp;Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dis&amp;miss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 of %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sb::ReminderNotifier</name>
    <message>
        <source>Task due at %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 at %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>in %n hour(s)</source>
        <translation>
            <numerusform>in %n hour</numerusform>
            <numerusform>in %n hours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n minute(s)</source>
        <translation>
            <numerusform>in %n minute</numerusform>
            <numerusform>in %n minutes</numerusform>
        </translation>
    </message>
    <message>
        <source>now</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>due %n minute(s) ago</source>
        <translation>
            <numerusform>due %n minute ago</numerusform>
            <numerusform>due %n minutes ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>started %n minute(s) ago</source>
        <translation>
            <numerusform>started %n minute ago</numerusform>
            <numerusform>started %n minutes ago</numerusform>
        </translation>
    </message>
    <message>
        <source>Reminders cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A reminder cannot be recorded: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>and %n more</numerusform>
            <numerusform>and %n more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n reminder(s)</source>
        <translation>
            <numerusform>%n reminder</numerusform>
            <numerusform>%n reminders</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sb::ReplyBox</name>
    <message>
        <source>Reply to c&amp;ustomer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Internal comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attach files…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The service desk e-mails this to the customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A note for colleagues; the customer does not see it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attach files to the reply (%1); up to 10 MB each, 25 MB together</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Files going with the reply; Delete removes the selected one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave the selected file out of the reply (Delete)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write to the customer (%1 sends it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write an internal comment (%1 adds it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attach files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n file(s), %1</source>
        <translation>
            <numerusform>%n file, %1</numerusform>
            <numerusform>%n files, %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Attach files to the reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave the selected file out of the reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send the reply</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sb::RetentionSettingsBox</name>
    <message>
        <source>History kept in the workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset to &amp;defaults</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync log: %1 days, at most %2 entries; sent changes: %3 days, at most %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>and at most</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the sync &amp;log for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep &amp;sent changes for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After each sync, older entries are removed so the workspace does not grow without end. Changes not sent yet are never removed. These limits apply to every workspace on this computer, from the next sync on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> days</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sb::Routing</name>
    <message>
        <source>&quot;%1&quot; on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 can go to %2: choose which system owns them (salesbridge route %3 SYSTEM, or Settings &gt; Connections).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sb::ScheduleDialog</name>
    <message numerus="yes">
        <source>%n min</source>
        <translation>
            <numerusform>%n min</numerusform>
            <numerusform>%n min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h</source>
        <translation>
            <numerusform>%n h</numerusform>
            <numerusform>%n h</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No reminder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When it starts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>5 minutes before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>15 minutes before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>30 minutes before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 hour before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 day before</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) before</source>
        <translation>
            <numerusform>%n day before</numerusform>
            <numerusform>%n days before</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s) before</source>
        <translation>
            <numerusform>%n hour before</numerusform>
            <numerusform>%n hours before</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s) before</source>
        <translation>
            <numerusform>%n minute before</numerusform>
            <numerusform>%n minutes before</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>f&amp;or</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark &amp;done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What it is about</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An address, a meeting room or a video link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Others: name@example.com, …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agenda, what to bring…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It took place: it moves from Coming up to the timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a customer&apos;s name or code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;ustomer:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Subject:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;When:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time &amp;zone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Location:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Attendees:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reminder:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>O&amp;pportunity:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 &lt;%2&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No contact of this customer has an e-mail address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the customer first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planned %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Due:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel &amp;task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel &amp;meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a follow-up task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schedule a %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your time: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the customer this is for.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sb::SearchStore</name>
    <message>
        <source>PO %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sb::ServiceStore</name>
    <message>
        <source>A ticket needs a subject.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the customer the ticket is for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The priority must be between 1 (low) and 4 (urgent).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The comment is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown ticket status &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 of a ticket is not edited here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A reply goes to the customer or stays an internal comment; &quot;%1&quot; is neither.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write something or attach a file before sending.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file &quot;%1&quot; cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file &quot;%1&quot; is %2; a file attached to a ticket can be at most %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The files come to %1 together; one reply can carry at most %2. Send them in more than one reply.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file &quot;%1&quot; cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say in a few words why the ticket becomes an ERP complaint.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This ticket was escalated already: it is ERP complaint %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The escalation of this ticket is already on its way to the ERP.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The due date &quot;%1&quot; is not a date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The due date is more than two years away; choose an earlier one or no due date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The requestor must be one of the customer&apos;s contacts.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sb::ServiceView</name>
    <message>
        <source>Select a ticket, or press %1 to file one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer or ticket number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Urgent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the customer file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the ticket on; the change is queued for the service desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Priority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Serial number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New ticket, not sent yet · filed %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ticket %1 · filed %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No description.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the ticket (Delete in the list); undone from Pending changes until it is sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ticket was saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete ticket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the ticket &quot;%1&quot;? The deletion is sent with the next sync; until then it can be undone in Pending changes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ticket was deleted; the deletion goes with the next sync.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Escalate to ERP complaint…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open an ERP complaint for this ticket (%1); asks for the reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit the subject, description, priority, product, due date and requestor (Enter in the list)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requestor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No due date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (overdue)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A deleted contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Files up to %1 MB open here (Enter or double-click on a file).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attached files are listed only: no after-sales server is set up to download them from. Files written here open until they are sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Escalated to ERP complaint %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This ticket is ERP complaint %1 already</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Escalation to an ERP complaint is queued; the complaint&apos;s number shows here once the ERP has opened it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Escalate to ERP complaint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ERP opens a complaint for this ticket (for a return, a credit note or a supplier claim).
Why, in a few words?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Escalate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The escalation is queued; the ERP opens the complaint with the next sync.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open an ERP complaint for this ticket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the selected ticket</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sb::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;User name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>General</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The language and the role apply when SalesBridge starts next time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Off (only when I press F5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Every %n minute(s)</source>
        <translation>
            <numerusform>Every %n minute</numerusform>
            <numerusform>Every %n minutes</numerusform>
        </translation>
    </message>
    <message>
        <source>Sync as soon as the &amp;network comes back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync &amp;automatically:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes you make are kept on this computer and sent with the next sync; F5 syncs at any time. The next automatic sync counts from the end of the last one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These settings apply to every workspace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These settings apply to this workspace (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Configured servers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No server is configured for this workspace yet. Add your ERP to send the changes made here and to receive what changed there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forget this server and remove its password from the system keychain (Delete)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the address, user or password (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passwords are kept in the system keychain only, never in the workspace or the settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server was removed, but its password could not be removed from the system keychain: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 at %2 was added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 at %2 was saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove server connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the connection to %1 at %2?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Records already in this workspace stay. Its password is removed from the system keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 at %2 was removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your settings could not be written to %1. The disk may be full, or the folder may not be writable.

They apply until SalesBridge closes. Free some space and press Apply again to keep them.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sb::ShortcutHelpDialog</name>
    <message>
        <source>No shortcut matches.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by action or key, e.g. &quot;sync&quot; or &quot;Ctrl+1&quot;</source>
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
</context>
<context>
    <name>sb::SyncEngine</name>
    <message>
        <source>Sync started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This kind of change (%1) cannot be sent to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refused by the server: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed on both sides: needs a decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No clear answer, will check: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Will retry: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The record is no longer here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server asked to start over; reading everything again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the server keeps refusing to continue; try again later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the server sent the same page again; stopped to avoid a loop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync finished: %1 sent, %2 refused, %3 to retry, %4 received, %5 deleted, %6 conflicts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The record was deleted together with the record it belonged to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for %1, which the server refused: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n more kind(s) of record from this server wait for the next sync</source>
        <translation>
            <numerusform>%n more kind of record from this server waits for the next sync</numerusform>
            <numerusform>%n more kinds of record from this server wait for the next sync</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) from the server wait for the record they belong to, which the server has not sent (for example %1). They are kept and go in when it comes.</source>
        <translation>
            <numerusform>%n record from the server waits for the record it belongs to, which the server has not sent (for example %1). It is kept and goes in when that comes.</numerusform>
            <numerusform>%n records from the server wait for the record they belong to, which the server has not sent (for example %1). They are kept and go in when it comes.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This server does not take the command &quot;%1&quot; on %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for the %1 to reach the server first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This server takes %1 one at a time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server answered %1 records for a batch of %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>A batch of %n change(s) was not taken as a whole (%1); sending them one at a time.</source>
        <translation>
            <numerusform>A batch of %n change was not taken as a whole (%1); sending it alone.</numerusform>
            <numerusform>A batch of %n changes was not taken as a whole (%1); sending them one at a time.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No clear answer for a batch of %n change(s), will check: %1</source>
        <translation>
            <numerusform>No clear answer for a batch of %n change, will check: %1</numerusform>
            <numerusform>No clear answer for a batch of %n changes, will check: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Will retry a batch of %n change(s): %1</source>
        <translation>
            <numerusform>Will retry a batch of %n change: %1</numerusform>
            <numerusform>Will retry a batch of %n changes: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>This sync checks for records deleted on the servers, as asked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This sync checks for records deleted on the servers (due)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The check for deleted records did not finish; the next sync checks again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checked for deleted records: %1 records in %2 s, %3 removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Old sync history could not be removed: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sb::SyncRunner</name>
    <message>
        <source>Cannot open the workspace for syncing: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No server is configured to sync with.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Back online: %n change(s) that waited for the network go now.</source>
        <translation>
            <numerusform>Back online: %n change that waited for the network goes now.</numerusform>
            <numerusform>Back online: %n changes that waited for the network go now.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sb::SyncStatusIndicator</name>
    <message>
        <source>Cancel sync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelling sync…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending changes… %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Syncing %1 records… %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Synced at %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s)</source>
        <translation>
            <numerusform>%n conflict</numerusform>
            <numerusform>%n conflicts</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 to retry</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n error</numerusform>
            <numerusform>%n errors</numerusform>
        </translation>
    </message>
    <message>
        <source>Not synced: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sb::SystemStatusBadges</name>
    <message>
        <source>never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 · last sync %3 · last success %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>    Last error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click for the sync centre.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sb::TicketDialog</name>
    <message>
        <source>New service ticket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a customer&apos;s name and pick it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional: product code or name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional: from the type plate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What is wrong, in a few words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the customer reports, when it started, what was tried</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File ticket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;erial number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;riority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick the product from the list, or clear the field.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit ticket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit ticket %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;No due date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When the customer should have an answer; at most two years away</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The customer&apos;s contact who asked; the service desk answers this person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>D&amp;ue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;questor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sb::TicketTimeline</name>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reply to customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Internal comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Written here; goes to the service desk with the next sync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2 — Enter or double-click opens it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · not sent yet — Enter or double-click opens it</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sb::TrytonConnector</name>
    <message>
        <source>The ERP connection does not serve %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown record type.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ERP&apos;s reply to the create could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ERP keeps contacts as phone numbers and e-mail addresses: add one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The contact no longer exists in the ERP.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ERP has no complaint types: ask its administrator to add one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Main line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opportunity %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complaint %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The record no longer exists in the ERP.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This information is kept in the ERP; change it there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In the ERP this deal already has a quote (state &quot;%1&quot;): cancel or confirm that quote there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An order reaches the ERP from its quote; this quote is not in the ERP.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>the ERP holds %n party record(s).</source>
        <translation>
            <numerusform>the ERP holds %n party record.</numerusform>
            <numerusform>the ERP holds %n party records.</numerusform>
        </translation>
    </message>
    <message>
        <source>The ERP has no payment terms called &quot;%1&quot;, and no payment terms at all.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ERP has no payment terms called &quot;%1&quot;; it has: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ERP has no currency %1: ask its administrator to add it, or quote in another currency.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Escalated from an after-sales ticket.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Escalated from after-sales ticket %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ERP refused the complaint: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This ticket is already a complaint in the ERP (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ERP does not know this ticket&apos;s customer, and it files complaints per customer: the customer must be in the ERP first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This ticket&apos;s customer is no longer in the ERP (archived or deleted there), so no complaint can be filed for it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A record of the batch no longer exists in the ERP.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sb::WarehouseAvailabilityModel</name>
    <message>
        <source>available now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>available by forecast</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not enough</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On hand plus what is expected in, minus what is promised out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warehouse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On hand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forecast</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For this quantity</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sb::WeekView</name>
    <message>
        <source>Due %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set in %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n attendee(s)</source>
        <translation>
            <numerusform>%n attendee</numerusform>
            <numerusform>%n attendees</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Reminder %n minute(s) before</source>
        <translation>
            <numerusform>Reminder %n minute before</numerusform>
            <numerusform>Reminder %n minutes before</numerusform>
        </translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>◆ %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>+%1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sb::WorkspaceHealth</name>
    <message>
        <source>%1 is not a SalesBridge workspace: it is not a database at all (another kind of file, or a workspace whose beginning was overwritten).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workspace %1 is cut short: it ends inside its first page (%2 bytes).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workspace %1 is damaged: its first page is unreadable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workspace %1 is cut short: it holds %2 bytes of the %3 it should have (the copy or the disk lost its end).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot open the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>It still holds the settings of %n server(s), which a fresh workspace takes over, so the next sync fills it again.</source>
        <translation>
            <numerusform>It still holds the settings of %n server, which a fresh workspace takes over, so the next sync fills it again.</numerusform>
            <numerusform>It still holds the settings of %n servers, which a fresh workspace takes over, so the next sync fills it again.</numerusform>
        </translation>
    </message>
    <message>
        <source>It had no servers set up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No server settings could be read from it: set up the servers again in a fresh workspace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) made here had not been sent yet: they cannot be carried safely and stay in the kept copy.</source>
        <translation>
            <numerusform>%n change made here had not been sent yet: it cannot be carried safely and stays in the kept copy.</numerusform>
            <numerusform>%n changes made here had not been sent yet: they cannot be carried safely and stay in the kept copy.</numerusform>
        </translation>
    </message>
    <message>
        <source>Whether changes made here were still unsent cannot be read; the kept copy holds whatever is left of them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The damaged workspace could not be moved aside to %1 (the folder may be read-only); nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The damaged workspace was kept as %1, but a fresh one could not be created: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The damaged workspace was kept as %1; the fresh one could not take over its server settings: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The damaged workspace was kept as %1 (nothing was deleted). A fresh workspace took its place</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source> with the settings of %n server(s); the next sync fills it again from them.</source>
        <translation>
            <numerusform> with the settings of %n server; the next sync fills it again from it.</numerusform>
            <numerusform> with the settings of %n servers; the next sync fills it again from them.</numerusform>
        </translation>
    </message>
    <message>
        <source>; no server settings could be carried, so set up the servers again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) that had not been sent stay in the kept copy and were not sent.</source>
        <translation>
            <numerusform>%n change that had not been sent stays in the kept copy and was not sent.</numerusform>
            <numerusform>%n changes that had not been sent stay in the kept copy and were not sent.</numerusform>
        </translation>
    </message>
    <message>
        <source>SalesBridge cannot create the folder %1 for the workspace (a read-only or full disk, or no permission). Choose another place with --workspace, or free the disk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workspace %1 is already open in another SalesBridge (%2). Only one SalesBridge at a time may work on a workspace, so that every change is sent to the servers exactly once. Switch to that window, or close it and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 The workspace %2 needs a folder SalesBridge may write in, for itself and its journal. Check the folder&apos;s permissions and free space, or choose another place with --workspace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The last SalesBridge on this workspace did not end cleanly and its journal (%1-wal) is missing: changes made in the minutes before that end may be lost; the next sync brings back what the servers have.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workspace %1 is damaged: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workspace %1 is damaged; the check of the whole file found: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sb::WorkspaceLock</name>
    <message>
        <source>process %1 (%2) on %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>another program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SalesBridge cannot write in the folder %1 (permission denied or a read-only disk).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SalesBridge cannot create the file %1 beside the workspace (the folder may be read-only, missing or the disk full).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sb::WorkspaceProblemDialog</name>
    <message>
        <source>The workspace is already open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SalesBridge cannot write the workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workspace is damaged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SalesBridge cannot open the workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep a copy and start fresh: the damaged file and its journal are moved aside (named %1.damaged- and the time), nothing is deleted, and a fresh workspace syncs again from the servers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep a Copy and Start Fresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A fresh workspace</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sb::caldav::CalDav</name>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No password is stored for the calendar connection: enter it in Settings &gt; Connections.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The calendar server refused the password of %1: sign in again (enter the password in Settings &gt; Connections).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The calendar server does not let %1 use this calendar: check the calendar&apos;s address and the rights on it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The calendar server sent the request elsewhere (HTTP %1): check the calendar&apos;s address in Settings &gt; Connections.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The calendar server&apos;s answer is not a WebDAV multistatus.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The calendar server&apos;s answer could not be read (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The calendar keeps meetings and tasks, not %1 records.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The calendar item %1 cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The item is no longer in the calendar.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The meeting was changed in the calendar since it was last read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The calendar server&apos;s answer carries no sync token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n calendar item(s) could not be read and were left out: %1</source>
        <translation>
            <numerusform>%n calendar item could not be read and were left out: %1</numerusform>
            <numerusform>%n calendar items could not be read and were left out: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>The calendar no longer knows the last sync position; it is read again in full.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A meeting is filed in the calendar under its change&apos;s key, and this change has none.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The calendar item %1 cannot be read, so it is not changed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The calendar server did not describe the address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a calendar: give the address of the calendar itself (it ends in its name and a slash).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CalDAV calendar &quot;%1&quot; at %2, signed in as %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reminder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The activity has no type.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The activity has no valid date and time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The calendar item holds no event or task.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The calendar item&apos;s date and time cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The calendar item has no date and time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The calendar item is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The calendar item is not iCalendar data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The calendar item is not a VCALENDAR.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sb::feishu::Op</name>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The OA system asks to slow down; trying again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The OA system had an internal error; trying again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The OA system has no approval definition with this code: check it in Settings &gt; Connections.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The approval definition is not active in the OA system; its administrator must enable it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The approval is no longer in the OA system.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The OA system does not know the user id in Settings &gt; Connections.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The OA system does not let you do this: it is not your approval task.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The approval task is no longer waiting for a decision.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The OA app lacks the permission for approvals; its administrator must grant it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The OA system does not accept the app&apos;s credentials: check the app id and secret.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The OA system reported an error (HTTP %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The OA system refused the request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The OA system could not be reached for a sign-in: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The OA system refused the app id and secret (%1 %2): check them in Settings &gt; Connections.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No app secret is stored for the OA connection: enter it in Settings &gt; Connections.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The OA system does not keep %1 records.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The approvals&apos; sync position could not be read; the approvals are read again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a pending request can be submitted to the OA system.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter your OA user id in Settings &gt; Connections to submit approvals.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An approval changes in the OA system only by its decisions: approve, reject or withdraw it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An approval cannot be deleted from the OA system; withdraw it instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request has not reached the OA system yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request can no longer be withdrawn.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your decision was not applied: the request no longer waits for you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Feishu approval &quot;%1&quot; (%2), %n step(s).</source>
        <translation>
            <numerusform>Feishu approval &quot;%1&quot; (%2), %n step.</numerusform>
            <numerusform>Feishu approval &quot;%1&quot; (%2), %n steps.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 has %n approval task(s) waiting.</source>
        <translation>
            <numerusform>%1 has %n approval task waiting.</numerusform>
            <numerusform>%1 has %n approval tasks waiting.</numerusform>
        </translation>
    </message>
    <message>
        <source>The approval was deleted in the OA system.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It waits for %1 at &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approved by %1 at %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approved by %1 at %2: &quot;%3&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rejected by %1 at %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rejected by %1 at %2: &quot;%3&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The approval was revoked by %1 at %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Withdrawn by %1 at %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transferred by %1 at %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The approval is %1 in the OA system.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sb::rt::Op</name>
    <message>
        <source>This file has no number in Request Tracker.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request Tracker no longer has this file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is %1, above the %2 that open here: open it in Request Tracker.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The download was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No token is stored for the Request Tracker connection: enter it in Settings &gt; Connections.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request Tracker does not let %1 do this: ask its administrator for the rights on the queue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request Tracker refused the token: sign in again (enter a new token in Settings &gt; Connections).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request Tracker does not keep %1 records.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The tickets&apos; sync position could not be read; the tickets are read again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request Tracker filed the ticket but did not say its number; it is looked up before anything is sent again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request Tracker keeps a ticket&apos;s history as it was written: a reply or comment cannot be changed there; add another.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request Tracker keeps what a ticket was filed with (its description, product and serial number) as its first message, which cannot be changed: add a comment instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ticket was changed in Request Tracker since it was last read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ticket was deleted in Request Tracker.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request Tracker refused a change: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request Tracker keeps a ticket&apos;s history as it was written: an entry cannot be deleted there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request Tracker %1, queue &quot;%2&quot;, signed in as %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ticket history&apos;s sync position could not be read; the history is read again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ticket of this entry is not in Request Tracker.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for the ticket&apos;s change to reach Request Tracker.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request Tracker keeps no history entries of this kind (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request Tracker took the message but did not say where; it is looked up before anything is sent again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request Tracker took the message but does not show it; it is looked up before anything is sent again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request Tracker files a ticket under its customer&apos;s code, and this customer has none: give the customer a code first.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sb::tryton</name>
    <message>
        <source>The ERP refused the change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The record was changed in the ERP since it was last synced.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ERP asks for a password: enter it in Settings &gt; Connections.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ERP database is busy; trying again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ERP could not carry out the request (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ERP did not confirm the order: it would take the customer over their credit limit. Ask finance to raise the limit or to collect a payment first. (ERP: %1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sb::tryton::Request</name>
    <message>
        <source>The connection to the ERP was closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ERP refused the session even after logging in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sb::tryton::RpcHttpCall</name>
    <message>
        <source>The ERP&apos;s reply could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sb::tryton::Session</name>
    <message>
        <source>No password is stored for the ERP connection: enter it in Settings &gt; Connections.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ERP&apos;s reply to the login could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ERP did not send the user&apos;s preferences.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ERP refused the user name or password for %1. Check them in Settings &gt; Connections.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sb::validation</name>
    <message>
        <source>%1 of %2 is above the limit of %3; check the number of zeros.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be negative (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The quantity must be above zero (not %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A quantity of %1 is above the limit of %2; check the number of zeros.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A discount is between 0 and 100% (not %1%).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an e-mail address (name@example.com).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a phone number (digits, spaces, +, -, parentheses and an extension such as &quot;ext 12&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A probability is between 0 and 100% (not %1%).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A close date of %1 is more than ten years away; check the year.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2) is before %3 (%4).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
