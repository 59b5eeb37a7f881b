#!/usr/bin/perl
# Adds N tickets with history to a stopped Request Tracker instance (no server): for benchmarks
# such as issue 13's bench_rt. Run by `scripts/rt.sh seed-bulk DIR N`, which sets RT_SITE_CONFIG
# and RT_SITE_CONFIG_DIR for DIR.
#
# Each ticket: a description (Chinese and English), a move to open, a reply, an internal
# comment, every third one resolved, and every 50th reply with a small CSV file attached.
#
# The first block of tickets (up to 250) is filed through RT's own API. Scrips are switched off
# for the run: bulk tickets would otherwise each render an autoreply and notifications into the
# mbox, which costs most of the time and tests nothing. Commits go in batches, as SQLite pays a
# sync per commit. Even so RT's API costs ~45 ms of CPU a ticket (role groups, cached group
# members, custom field values, a transaction and attachment per step): 5000 tickets took about
# 4 minutes. So the tickets after the block are copies of it made in SQL, row for row, with
# every id moved past the highest in its table: the ticket, its role groups (principals, group
# members, cached group members), its custom field values, its transactions and their
# attachments. A copy is a ticket as RT made it, only with the block's times and requestors.
use strict;
use warnings;
use utf8;
use lib '/usr/share/request-tracker5/lib';

use Encode ();
use MIME::Entity;
use RT;
use Time::HiRes ();

my $count = shift @ARGV;
die "usage: rt_seed_bulk.pl N\n" unless defined $count && $count =~ /^[0-9]+$/;
my $blockSize = $ENV{SB_RT_BULK_API_TICKETS} // 250; # filed through the API; the rest are copies
die "bad SB_RT_BULK_API_TICKETS\n" unless $blockSize =~ /^[1-9][0-9]*$/;

my $t0 = Time::HiRes::time();
RT::LoadConfig();
RT::Init();

{
    no warnings 'redefine';
    my $create = \&RT::Transaction::Create;
    *RT::Transaction::Create = sub { my $self = shift; $create->($self, @_, ActivateScrips => 0) };
}

my @customers = qw(hengda dongfang huanan zhongke chuanxi binhai brightway mueller lefevre pacific);
my @problems = ('主轴异响', '液压系统漏油', 'Motor overheating', 'Sensor calibration drift',
                '控制柜报警 E-042', 'Conveyor belt misalignment', '冷却泵不工作', 'Spare part request');

# As the system user: rights checks for a normal user made the run a third slower. The
# tickets are still owned by the agent; only Creator reads RT_System.
my $creator = RT::CurrentUser->new(RT->SystemUser);
my $cf = RT::CustomField->new(RT->SystemUser);
$cf->LoadByName(Name => 'Customer Code', Queue => 'Service');
die "no custom field Customer Code\n" unless $cf->id;

sub text_entity {
    return MIME::Entity->build(Type => 'text/plain', Charset => 'UTF-8',
                               Data => [Encode::encode('UTF-8', $_[0])]);
}

sub with_file {  # a reply with a small measurement file attached
    my ($text, $i) = @_;
    my $mime = MIME::Entity->build(Type => 'multipart/mixed');
    $mime->attach(Type => 'text/plain', Charset => 'UTF-8', Data => [Encode::encode('UTF-8', $text)]);
    my $csv = "时间,温度,振动\n" . join('', map { sprintf("2026-12-%02d 08:00,%d,%.2f\n", $_, 60 + $_ + $i % 7, 0.5 + $_ / 10) } 1 .. 5);
    $mime->attach(Type => 'text/csv', Charset => 'UTF-8', Encoding => 'base64',
                  Filename => "readings-$i.csv", Data => [Encode::encode('UTF-8', $csv)]);
    return $mime;
}

my $api = $count < $blockSize ? $count : $blockSize;
my $batch = 100;
my ($first, $last);
for my $i (1 .. $api) {
    $RT::Handle->BeginTransaction if $i % $batch == 1 || $batch == 1;
    my $customer = $customers[$i % @customers];
    my $problem = $problems[$i % @problems];
    my $ticket = RT::Ticket->new($creator);
    my ($id, undef, $msg) = $ticket->Create(
        Queue => 'Service', Subject => "$problem #$i", Owner => 'agent',
        Requestor => ["contact" . ($i % 50) . "\@$customer.bulk.example"],
        Priority => 10 * ($i % 8),
        MIMEObj => text_entity("批量工单 $i: $problem. Customer $customer reports the fault."),
        "CustomField-" . $cf->id => $customer,
    );
    die "ticket $i: $msg\n" unless $id;
    $first //= $id;
    $last = $id;
    my $reply = "已安排工程师处理工单 $i。 An engineer is assigned.";
    my @steps = (sub { $ticket->SetStatus('open') },
                 sub { $ticket->Correspond(MIMEObj => $i % 50 == 0 ? with_file($reply, $i) : text_entity($reply)) },
                 sub { $ticket->Comment(MIMEObj => text_entity("内部备注 $i: check stock first.")) });
    push @steps, sub { $ticket->SetStatus('resolved') } if $i % 3 == 0;
    for my $step (@steps) {
        my ($ok, $err) = $step->();
        die "ticket $i: $err\n" unless $ok;
    }
    $RT::Handle->Commit if $i % $batch == 0 || $i == $api;
}
die "tickets are not numbered in a row ($first..$last)\n" if $api && $last - $first + 1 != $api;
my $t1 = Time::HiRes::time();
printf "  %d tickets through RT's API: %.1f s\n", $api, $t1 - $t0;

# --- copies of the block, in SQL ------------------------------------------------------------------
my $dbh = $RT::Handle->dbh;
my %columns;
sub columns_of {
    my ($table) = @_;
    $columns{$table} //= [map { $_->[1] } @{ $dbh->selectall_arrayref("PRAGMA table_info($table)") }];
    return @{ $columns{$table} };
}
sub max_id { return $dbh->selectrow_array("SELECT coalesce(max(id), 0) FROM $_[0]") // 0 }
# INSERT INTO table SELECT every column, with the expressions in %$set for some, FROM table WHERE ...
sub copy_rows {
    my ($table, $where, $set, @bind) = @_;
    my @cols = columns_of($table);
    my $select = join(', ', map { exists $set->{$_} ? "$set->{$_}" : $_ } @cols);
    return $dbh->do("INSERT INTO $table (" . join(', ', @cols) . ") SELECT $select FROM $table WHERE $where", undef, @bind);
}

my $copies = $count - $api;
if ($copies > 0) {
    # The block's rows, by table: the copies are made from these only.
    $dbh->do('PRAGMA synchronous = OFF');
    $dbh->do('DROP TABLE IF EXISTS temp.sb_groups');
    $dbh->do("CREATE TEMP TABLE sb_groups AS SELECT id, Instance FROM Groups WHERE Domain = 'RT::Ticket-Role' AND Instance BETWEEN ? AND ?",
             undef, $first, $last);
    $dbh->do('DROP TABLE IF EXISTS temp.sb_txns');
    $dbh->do("CREATE TEMP TABLE sb_txns AS SELECT id, ObjectId FROM Transactions WHERE ObjectType = 'RT::Ticket' AND ObjectId BETWEEN ? AND ?",
             undef, $first, $last);
    my ($g0) = $dbh->selectrow_array('SELECT min(id) FROM temp.sb_groups');
    my ($x0) = $dbh->selectrow_array('SELECT min(id) FROM temp.sb_txns');
    my ($a0) = $dbh->selectrow_array('SELECT min(id) FROM Attachments WHERE TransactionId IN (SELECT id FROM temp.sb_txns)');
    my ($m0) = $dbh->selectrow_array('SELECT min(id) FROM GroupMembers WHERE GroupId IN (SELECT id FROM temp.sb_groups)');
    my ($c0) = $dbh->selectrow_array('SELECT min(id) FROM CachedGroupMembers WHERE GroupId IN (SELECT id FROM temp.sb_groups)');
    my ($v0) = $dbh->selectrow_array("SELECT min(id) FROM ObjectCustomFieldValues WHERE ObjectType = 'RT::Ticket' AND ObjectId BETWEEN ? AND ?",
                                     undef, $first, $last);
    my $done = 0;
    while ($done < $copies) {
        my $n = $copies - $done < $api ? $copies - $done : $api;
        my $upto = $first + $n - 1; # the block's first n tickets
        # Each table's offset puts the copies past its highest id (principals and groups share theirs).
        my $tOff = max_id('Tickets') + 1 - $first;
        my $gOff = max_id('Principals') + 1 - $g0;
        my $xOff = max_id('Transactions') + 1 - $x0;
        my $aOff = max_id('Attachments') + 1 - $a0;
        my $mOff = max_id('GroupMembers') + 1 - $m0;
        my $cOff = max_id('CachedGroupMembers') + 1 - $c0;
        my $vOff = max_id('ObjectCustomFieldValues') + 1 - $v0;
        my $ticketsIn = "BETWEEN $first AND $upto";
        my $groupsIn = "IN (SELECT id FROM temp.sb_groups WHERE Instance $ticketsIn)";
        my $txnsIn = "IN (SELECT id FROM temp.sb_txns WHERE ObjectId $ticketsIn)";
        $RT::Handle->BeginTransaction;
        copy_rows('Tickets', "id $ticketsIn",
                  {id => "id + $tOff", EffectiveId => "id + $tOff",
                   Subject => "substr(Subject, 1, instr(Subject, ' #') - 1) || ' #' || (id + $tOff - $first + 1)"});
        copy_rows('Principals', "id $groupsIn", {id => "id + $gOff"});
        copy_rows('Groups', "id $groupsIn", {id => "id + $gOff", Instance => "Instance + $tOff"});
        copy_rows('GroupMembers', "GroupId $groupsIn", {id => "id + $mOff", GroupId => "GroupId + $gOff"});
        copy_rows('CachedGroupMembers', "GroupId $groupsIn",
                  {id => "id + $cOff", GroupId => "GroupId + $gOff", Via => "Via + $cOff",
                   MemberId => "CASE WHEN MemberId $groupsIn THEN MemberId + $gOff ELSE MemberId END",
                   ImmediateParentId => "CASE WHEN ImmediateParentId $groupsIn THEN ImmediateParentId + $gOff ELSE ImmediateParentId END"});
        copy_rows('ObjectCustomFieldValues', "ObjectType = 'RT::Ticket' AND ObjectId $ticketsIn",
                  {id => "id + $vOff", ObjectId => "ObjectId + $tOff"});
        copy_rows('Transactions', "id $txnsIn",
                  {id => "id + $xOff", ObjectId => "ObjectId + $tOff",
                   OldReference => "CASE WHEN ReferenceType = 'RT::ObjectCustomFieldValue' AND OldReference > 0 THEN OldReference + $vOff ELSE OldReference END",
                   NewReference => "CASE WHEN ReferenceType = 'RT::ObjectCustomFieldValue' AND NewReference > 0 THEN NewReference + $vOff ELSE NewReference END"});
        copy_rows('Attachments', "TransactionId $txnsIn",
                  {id => "id + $aOff", TransactionId => "TransactionId + $xOff",
                   Parent => "CASE WHEN Parent > 0 THEN Parent + $aOff ELSE 0 END"});
        $RT::Handle->Commit;
        $last = $upto + $tOff;
        $done += $n;
    }
    printf "  %d tickets copied in SQL: %.1f s\n", $copies, Time::HiRes::time() - $t1;
}
print $count ? "added tickets $first..$last\n" : "added no tickets\n";
