# Seed data for a SalesBridge test instance of Request Tracker 5, in RT's initialdata format.
# Loaded by scripts/rt.sh init through `rt-setup-database-5 --action insert --datafile`, with
# SB_RT_DIR naming the instance folder. RT runs the @Final subs after users, queues, custom
# fields and rights exist; they file the demo tickets with their history, make the API user's
# token and write DIR/seed-ids.json. RT only logs errors raised in @Final, so seed-ids.json is
# written last and rt.sh treats a missing file as a failed seed.
#
# Customer codes are the keys of scripts/tryton_seed.py's customers, so a test can pair an RT
# ticket with the same customer in Tryton.
use utf8;

@Users = (
    { Name => 'agent', RealName => '李娜 (Service agent)', EmailAddress => 'agent@crm.test',
      Password => 'agent-pass', Privileged => 1 },
    # The account SalesBridge signs in with: privileged but not a superuser, like a real install.
    { Name => 'salesbridge', RealName => 'SalesBridge API', EmailAddress => 'salesbridge@crm.test',
      Password => 'salesbridge-pass', Privileged => 1 },
);

@Queues = (
    { Name => 'Service', Description => 'After-sales service and repairs',
      CorrespondAddress => 'service@crm.test', CommentAddress => 'service-comment@crm.test' },
);

@CustomFields = (
    { Name => 'Customer Code', Type => 'FreeformSingle', LookupType => 'RT::Queue-RT::Ticket',
      ApplyTo => 'Service', Description => 'The SalesBridge / ERP code of the customer' },
    # RT has no idempotency key of its own: the connector writes its outbox key here and looks
    # it up with TicketSQL before retrying a create.
    { Name => 'Idempotency Key', Type => 'FreeformSingle', LookupType => 'RT::Queue-RT::Ticket',
      ApplyTo => 'Service', Description => 'SalesBridge outbox key of the create that made this ticket' },
    # The same for a reply or a comment: a transaction custom field, found with TransactionSQL.
    { Name => 'Message Key', Type => 'FreeformSingle', LookupType => 'RT::Queue-RT::Ticket-RT::Transaction',
      ApplyTo => 'Service', Description => 'SalesBridge outbox key of the reply or comment in this transaction' },
);

my @queue_rights = qw(SeeQueue ShowTicket CreateTicket ModifyTicket ReplyToTicket CommentOnTicket
                      ShowTicketComments OwnTicket TakeTicket StealTicket DeleteTicket Watch
                      ShowOutgoingEmail);
@ACL = (
    (map { { UserId => $_, Queue => 'Service', Right => [@queue_rights] } } qw(agent salesbridge)),
    # Custom field values are guarded by their own rights; granted system-wide.
    (map { { UserId => $_, Right => [qw(SeeCustomField ModifyCustomField)] } } qw(agent salesbridge)),
);

# Tickets: customer code, requestor, subject, priority, due, then the history in order.
# History steps: [correspond|comment => text] or [status => new status].
my @tickets = (
    { key => 'hengda-spindle', customer => 'hengda', requestor => 'chen.gang@hengda-jx.example.cn',
      subject => '数控车床主轴异响 CNC lathe spindle noise', priority => 70, due => '2026-12-20 09:00:00',
      content => "3号车间的数控车床主轴在高速运转时有明显异响，请尽快安排工程师上门检查。\n设备编号：HD-CK6150-0312",
      history => [
          [status => 'open'],
          [correspond => "陈工您好，我们已收到报修，工程师将于周一上午到现场检查主轴轴承。"],
          [comment => "内部备注：可能需要更换主轴前轴承（备件号 SP-7204），先确认库存。"],
      ] },
    { key => 'hengda-maintenance', customer => 'hengda', requestor => 'wang.li@hengda-jx.example.cn',
      subject => 'Annual maintenance visit 2027', priority => 20, due => '2027-01-15 09:00:00',
      idempotency => 'seed-outbox-0001',
      content => "Please schedule the yearly maintenance of the three machining centres.",
      history => [] },
    { key => 'dongfang-seal', customer => 'dongfang', requestor => 'liu.yang@dongfang-pv.example.cn',
      subject => '泵体密封件漏水', priority => 50, due => '2026-12-10 17:00:00',
      content => "离心泵 DF-200 机械密封处漏水，每小时约半升。",
      history => [
          [status => 'open'],
          [correspond => "刘总您好，密封件已寄出，顺丰单号 SF1234567890。",
           { name => '快递单 waybill.txt', type => 'text/plain',
             data => "顺丰 SF1234567890\nDF-200 机械密封 x1\n" }],
          [comment => "Warranty case: seal replaced free of charge."],
          [status => 'resolved'],
      ] },
    { key => 'mueller-motor', customer => 'mueller', requestor => 't.mueller@mueller-foerdertechnik.example.de',
      subject => 'Conveyor drive motor overheating', priority => 60, due => '2026-12-18 12:00:00',
      content => "The drive motor of conveyor line 2 trips on thermal overload after about 40 minutes.",
      history => [
          [status => 'open'],
          [correspond => "Could you send us a photo of the motor's rating plate and the ambient temperature?"],
          [status => 'stalled'],
      ] },
    { key => 'brightway-catalogue', customer => 'brightway', requestor => 'jason.liu@brightway.example.com',
      subject => 'Spare parts catalogue request', priority => 10, due => undef,
      content => "Could you send the 2027 spare parts catalogue for the SMT line?",
      history => [
          [correspond => "This request belongs to sales, not service; your account manager will follow up."],
          [status => 'rejected'],
      ] },
);

sub sb_mime {
    my ($text, $file) = @_;
    my $mime = MIME::Entity->build(Type => 'text/plain', Charset => 'UTF-8',
                                   Data => [Encode::encode('UTF-8', $text)]);
    if ($file) { # a file attached to the message, as a mail client would send it
        $mime->make_multipart('mixed');
        $mime->attach(Type => $file->{type}, Filename => Encode::encode('UTF-8', $file->{name}),
                      Data => [Encode::encode('UTF-8', $file->{data})], Encoding => 'base64');
    }
    return $mime;
}

sub sb_json_string {
    my ($s) = @_;
    $s =~ s/(["\\])/\\$1/g;
    $s =~ s/\n/\\n/g;
    return "\"$s\"";
}

@Final = (sub {
    require MIME::Entity;
    require Encode;
    my $dir = $ENV{SB_RT_DIR} or die "SB_RT_DIR is not set\n";

    my $agent = RT::CurrentUser->new;
    $agent->Load('agent');
    die "no user agent\n" unless $agent->id;
    my %cf;
    for my $name ('Customer Code', 'Idempotency Key') {
        my $field = RT::CustomField->new(RT->SystemUser);
        $field->LoadByName(Name => $name, Queue => 'Service');
        die "no custom field $name\n" unless $field->id;
        $cf{$name} = $field->id;
    }
    my $queue = RT::Queue->new(RT->SystemUser);
    $queue->Load('Service');
    die "no queue Service\n" unless $queue->id;

    my @ids;
    for my $spec (@tickets) {
        my $ticket = RT::Ticket->new($agent);
        my ($id, undef, $msg) = $ticket->Create(
            Queue => 'Service', Subject => $spec->{subject}, Requestor => [$spec->{requestor}],
            Owner => 'agent', Priority => $spec->{priority},
            ($spec->{due} ? (Due => $spec->{due}) : ()),
            MIMEObj => sb_mime($spec->{content}),
            "CustomField-$cf{'Customer Code'}" => $spec->{customer},
            ($spec->{idempotency} ? ("CustomField-$cf{'Idempotency Key'}" => $spec->{idempotency}) : ()),
        );
        die "ticket $spec->{key}: $msg\n" unless $id;
        for my $step (@{ $spec->{history} }) {
            my ($kind, $arg, $file) = @$step;
            my ($ok, $err);
            if ($kind eq 'status') {
                ($ok, $err) = $ticket->SetStatus($arg);
            } elsif ($kind eq 'correspond') {
                ($ok, $err) = $ticket->Correspond(MIMEObj => sb_mime($arg, $file));
            } else {
                ($ok, $err) = $ticket->Comment(MIMEObj => sb_mime($arg));
            }
            die "ticket $spec->{key}, $kind: $err\n" unless $ok;
        }
        push @ids, sb_json_string($spec->{key}) . ': ' . $id;
    }

    my $api = RT::User->new(RT->SystemUser);
    $api->Load('salesbridge');
    die "no user salesbridge\n" unless $api->id;
    # Created as the system user: the API user itself would need ManageAuthTokens.
    my ($ok, $msg, $token) = RT::AuthToken->new(RT->SystemUser)
        ->Create(Owner => $api->id, Description => 'SalesBridge tests');
    die "auth token: $msg\n" unless $ok;
    open(my $tf, '>', "$dir/api-token") or die "$dir/api-token: $!\n";
    chmod 0600, "$dir/api-token";
    print $tf "$token\n";
    close $tf;

    my $json = "{\n"
        . "  \"queue\": {\"name\": \"Service\", \"id\": " . $queue->id . "},\n"
        . "  \"customFields\": {\"Customer Code\": $cf{'Customer Code'}, \"Idempotency Key\": $cf{'Idempotency Key'}},\n"
        . "  \"users\": {\"agent\": \"agent-pass\", \"salesbridge\": \"salesbridge-pass\"},\n"
        . "  \"tickets\": {" . join(', ', @ids) . "}\n"
        . "}\n";
    open(my $jf, '>:encoding(UTF-8)', "$dir/seed-ids.json.new") or die "seed-ids.json: $!\n";
    print $jf $json;
    close $jf or die "seed-ids.json: $!\n";
    rename "$dir/seed-ids.json.new", "$dir/seed-ids.json" or die "seed-ids.json: $!\n";
});

1;
