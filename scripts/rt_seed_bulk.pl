#!/usr/bin/perl
# Adds N tickets with history to a stopped Request Tracker instance, through RT's own API (no
# server): for benchmarks such as issue 13's bench_rt. Run by `scripts/rt.sh seed-bulk DIR N`,
# which sets RT_SITE_CONFIG and RT_SITE_CONFIG_DIR for DIR.
#
# Each ticket: a description, a reply, every third one an internal comment, a move to open, and
# every fourth one resolved. Scrips are switched off for the run: bulk tickets would otherwise
# each render an autoreply and notifications into the mbox, which costs most of the time and
# tests nothing. Commits go in batches, as SQLite pays a sync per commit.
use strict;
use warnings;
use utf8;
use lib '/usr/share/request-tracker5/lib';

use Encode ();
use MIME::Entity;
use RT;

my $count = shift @ARGV;
die "usage: rt_seed_bulk.pl N\n" unless defined $count && $count =~ /^[0-9]+$/;

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

my $batch = 100;
my ($first, $last);
for my $i (1 .. $count) {
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
    my @steps = (sub { $ticket->SetStatus('open') },
                 sub { $ticket->Correspond(MIMEObj => text_entity("已安排工程师处理工单 $i。 An engineer is assigned.")) });
    push @steps, sub { $ticket->Comment(MIMEObj => text_entity("内部备注 $i: check stock first.")) } if $i % 3 == 0;
    push @steps, sub { $ticket->SetStatus('resolved') } if $i % 4 == 0;
    for my $step (@steps) {
        my ($ok, $err) = $step->();
        die "ticket $i: $err\n" unless $ok;
    }
    $RT::Handle->Commit if $i % $batch == 0 || $i == $count;
}
print $count ? "added tickets $first..$last\n" : "added no tickets\n";
