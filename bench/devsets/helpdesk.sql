-- Made-up schema: an internal IT service desk (staff who raise tickets, support agents and their
-- teams, SLA policies, tickets and their updates, hardware assets and who they are handed out to).
-- Data are deterministic (generate_series and modulo arithmetic, no random()); data cut-off is
-- 2025-11-30. Re-runnable: tables are dropped children first.

DROP TABLE IF EXISTS asset_asgn;
DROP TABLE IF EXISTS hw_asset;
DROP TABLE IF EXISTS tkt_upd;
DROP TABLE IF EXISTS tkt;
DROP TABLE IF EXISTS sla_pol;
DROP TABLE IF EXISTS agt;
DROP TABLE IF EXISTS agt_team;
DROP TABLE IF EXISTS emp;

-- ---------------------------------------------------------------- emp (requesters)
CREATE TABLE emp (
    emp_id        integer PRIMARY KEY,
    full_nm       text NOT NULL,
    email         text NOT NULL,
    dept          text NOT NULL,
    office_cd     char(3) NOT NULL,
    hire_dt       date NOT NULL,
    is_contractor boolean NOT NULL DEFAULT false,
    vip_flg       boolean NOT NULL DEFAULT false,
    leave_dt      date
);
COMMENT ON TABLE emp IS 'Staff directory feed from HR: everyone who can raise a ticket with the service desk';
COMMENT ON COLUMN emp.office_cd IS 'LON = London HQ, MAN = Manchester, BER = Berlin, WAW = Warsaw';
COMMENT ON COLUMN emp.is_contractor IS 'true = external contractor, false = permanent staff';
COMMENT ON COLUMN emp.vip_flg IS 'executive / VIP user: their P1 and P2 tickets fall under the Exec SLA policies';
COMMENT ON COLUMN emp.leave_dt IS 'last working day; NULL = still employed';

INSERT INTO emp (emp_id, full_nm, email, dept, office_cd, hire_dt, is_contractor, vip_flg, leave_dt)
SELECT g, fn || ' ' || ln,
       lower(left(fn, 1) || '.' || replace(ln, '''', '') || CASE WHEN g % 11 = 0 THEN g::text ELSE '' END || '@corp.example'),
       (ARRAY['Engineering','Engineering','Sales','Finance','Operations','Marketing','Engineering',
              'Customer Support','HR','Legal'])[1 + (g * 7) % 10],
       (ARRAY['LON','LON','MAN','BER','WAW','LON','MAN'])[1 + (g * 3) % 7],
       CASE WHEN g > 560 THEN date '2025-09-01' + (g - 560) * 2
            ELSE date '2012-01-09' + (g * 97) % 4700 END,
       g % 7 = 0,
       g % 40 = 0,
       CASE WHEN g % 19 = 0 THEN date '2024-03-01' + (g * 5) % 600 END
FROM (
    SELECT g,
           (ARRAY['James','Olga','Priya','Tom','Anna','Lukas','Marta','Oliver','Sofia','Dmitri',
                  'Hannah','Piotr','Grace','Jonas','Aisha','Leon','Chloe','Ivan','Emily','Mateusz',
                  'Laura','Felix','Zara','Kacper','Nina'])[1 + g % 25] AS fn,
           (ARRAY['Smith','Kowalski','Müller','Patel','Ivanova','Brown','Schmidt','Nowak','Taylor','Jones',
                  'Wiśniewski','Fischer','O''Brien','Evans','Weber','Khan','Lewandowska','Walker','Becker',
                  'Wright','Zielinski','Hughes','Petrova','Clarke','Wagner','Green','Hall','Thomas',
                  'Kaminski','Roberts','Koch'])[1 + (g * 7) % 31] AS ln
    FROM generate_series(1, 600) AS g
) t;

-- ---------------------------------------------------------------- agt_team
CREATE TABLE agt_team (
    team_id     integer PRIMARY KEY,
    team_nm     text NOT NULL,
    tier_no     smallint NOT NULL,
    queue_email text NOT NULL,
    lead_agt_id integer
);
COMMENT ON TABLE agt_team IS 'Support teams (assignment groups / queues)';
COMMENT ON COLUMN agt_team.tier_no IS 'support line: 1 = first line, 2 = second line, 3 = third line / engineering';
COMMENT ON COLUMN agt_team.lead_agt_id IS 'team lead (agt.agt_id)';

INSERT INTO agt_team (team_id, team_nm, tier_no, queue_email, lead_agt_id) VALUES
    (1, 'Service Desk',          1, 'servicedesk@corp.example',   1),
    (2, 'Desktop Support',       2, 'desktop@corp.example',       9),
    (3, 'Network & Telecoms',    2, 'network@corp.example',      15),
    (4, 'Identity & Access',     2, 'iam@corp.example',          19),
    (5, 'Business Applications', 2, 'bizapps@corp.example',      23),
    (6, 'Infrastructure',        3, 'infra@corp.example',        28);

-- ---------------------------------------------------------------- agt (support agents)
CREATE TABLE agt (
    agt_id    integer PRIMARY KEY,
    team_id   integer NOT NULL REFERENCES agt_team (team_id),
    agt_nm    text NOT NULL,
    email     text NOT NULL,
    start_dt  date NOT NULL,
    shift_cd  char(1) NOT NULL,
    is_active boolean NOT NULL DEFAULT true
);
COMMENT ON COLUMN agt.shift_cd IS 'D = day shift 08-16, L = late shift 14-22, N = night shift 22-06';
COMMENT ON COLUMN agt.is_active IS 'false = agent has left the service desk (account kept for history)';

INSERT INTO agt (agt_id, team_id, agt_nm, email, start_dt, shift_cd, is_active) VALUES
    (1,  1, 'Sam Porter',        'sam.porter@corp.example',        '2019-04-01', 'D', true),
    (2,  1, 'Kasia Dąbrowska',   'kasia.dabrowska@corp.example',   '2020-09-14', 'D', true),
    (3,  1, 'Mike Lowe',         'mike.lowe@corp.example',         '2018-02-05', 'L', false),
    (4,  1, 'Ines Braun',        'ines.braun@corp.example',        '2021-06-01', 'L', true),
    (5,  1, 'Raj Mehta',         'raj.mehta@corp.example',         '2022-01-10', 'N', true),
    (6,  1, 'Ewa Mazur',         'ewa.mazur@corp.example',         '2023-03-20', 'D', true),
    (7,  1, 'Daniel Frost',      'daniel.frost@corp.example',      '2023-11-06', 'N', true),
    (8,  1, 'Lena Vogel',        'lena.vogel@corp.example',        '2025-11-17', 'D', true),
    (9,  2, 'Chris Bell',        'chris.bell@corp.example',        '2017-08-21', 'D', true),
    (10, 2, 'Tomasz Wróbel',     'tomasz.wrobel@corp.example',     '2019-10-07', 'D', true),
    (11, 2, 'Amy Carter',        'amy.carter@corp.example',        '2021-02-15', 'L', true),
    (12, 2, 'Jan Hoffmann',      'jan.hoffmann@corp.example',      '2022-05-03', 'D', true),
    (13, 2, 'Nadia Sokolova',    'nadia.sokolova@corp.example',    '2024-01-08', 'L', true),
    (14, 2, 'Ben Ashworth',      'ben.ashworth@corp.example',      '2025-11-24', 'D', true),
    (15, 3, 'Marek Nowicki',     'marek.nowicki@corp.example',     '2016-05-16', 'D', true),
    (16, 3, 'Sarah Quinn',       'sarah.quinn@corp.example',       '2020-01-13', 'L', true),
    (17, 3, 'Paul Richter',      'paul.richter@corp.example',      '2018-07-30', 'N', false),
    (18, 3, 'Yusuf Demir',       'yusuf.demir@corp.example',       '2022-09-05', 'N', true),
    (19, 4, 'Helen Ward',        'helen.ward@corp.example',        '2018-11-12', 'D', true),
    (20, 4, 'Oskar Lindqvist',   'oskar.lindqvist@corp.example',   '2021-04-19', 'D', true),
    (21, 4, 'Maria Popescu',     'maria.popescu@corp.example',     '2023-06-26', 'L', true),
    (22, 4, 'Alex Turner',       'alex.turner@corp.example',       '2024-02-12', 'L', true),
    (23, 5, 'Irina Volkova',     'irina.volkova@corp.example',     '2017-03-06', 'D', true),
    (24, 5, 'Ollie Grant',       'ollie.grant@corp.example',       '2019-12-02', 'D', true),
    (25, 5, 'Julia Krause',      'julia.krause@corp.example',      '2021-08-23', 'L', true),
    (26, 5, 'Adam Zając',        'adam.zajac@corp.example',        '2023-01-16', 'D', true),
    (27, 5, 'Rosa Martin',       'rosa.martin@corp.example',       '2025-11-03', 'D', true),
    (28, 6, 'Victor Hale',       'victor.hale@corp.example',       '2015-10-05', 'D', true),
    (29, 6, 'Agnieszka Kowal',   'agnieszka.kowal@corp.example',   '2018-04-23', 'N', true),
    (30, 6, 'Stefan Braun',      'stefan.braun@corp.example',      '2020-06-08', 'L', true);

-- ---------------------------------------------------------------- sla_pol
CREATE TABLE sla_pol (
    sla_id   integer PRIMARY KEY,
    pol_nm   text NOT NULL,
    pri      smallint NOT NULL,
    vip_only boolean NOT NULL DEFAULT false,
    resp_min integer NOT NULL,
    sla_hrs  integer NOT NULL
);
COMMENT ON TABLE sla_pol IS 'SLA policies: first-response and resolution targets per priority';
COMMENT ON COLUMN sla_pol.pri IS '1 = critical, 2 = high, 3 = medium, 4 = low';
COMMENT ON COLUMN sla_pol.resp_min IS 'first response target, minutes after the ticket is opened';
COMMENT ON COLUMN sla_pol.sla_hrs IS 'resolution target, hours after the ticket is opened (24x7 clock)';

INSERT INTO sla_pol (sla_id, pol_nm, pri, vip_only, resp_min, sla_hrs) VALUES
    (1, 'P1 Critical',   1, false,  15,  4),
    (2, 'P2 High',       2, false,  60,  8),
    (3, 'P3 Medium',     3, false, 240, 24),
    (4, 'P4 Low',        4, false, 480, 72),
    (5, 'Exec Critical', 1, true,   10,  2),
    (6, 'Exec High',     2, true,   30,  6);

-- ---------------------------------------------------------------- tkt (tickets)
CREATE TABLE tkt (
    tkt_id        integer PRIMARY KEY,
    req_emp_id    integer REFERENCES emp (emp_id),
    team_id       integer NOT NULL REFERENCES agt_team (team_id),
    agt_id        integer REFERENCES agt (agt_id),
    sla_id        integer NOT NULL REFERENCES sla_pol (sla_id),
    tkt_type      char(1) NOT NULL,
    pri           smallint NOT NULL,
    cat_cd        varchar(4) NOT NULL,
    chan_cd       char(1) NOT NULL,
    stat_cd       char(1) NOT NULL,
    subj          text NOT NULL,
    asset_tag     varchar(8),
    opened_ts     timestamptz NOT NULL,
    first_resp_ts timestamptz,
    resolved_ts   timestamptz,
    closed_ts     timestamptz,
    breach_flg    boolean NOT NULL DEFAULT false,
    reopen_cnt    smallint NOT NULL DEFAULT 0,
    csat_score    smallint
);
COMMENT ON TABLE tkt IS 'Service desk tickets (incidents, service requests, changes, problems)';
COMMENT ON COLUMN tkt.req_emp_id IS 'requester; NULL for tickets raised automatically by monitoring';
COMMENT ON COLUMN tkt.team_id IS 'assignment group the ticket is queued to';
COMMENT ON COLUMN tkt.agt_id IS 'agent the ticket is assigned to; NULL = not assigned yet';
COMMENT ON COLUMN tkt.tkt_type IS 'I = incident, R = service request, C = change, P = problem';
COMMENT ON COLUMN tkt.pri IS '1 = critical, 2 = high, 3 = medium, 4 = low';
COMMENT ON COLUMN tkt.cat_cd IS 'HW = hardware, SW = software / applications, ACC = accounts and access, NET = network / VPN / wifi, EML = email and calendar, PRN = printing, SRV = servers and infrastructure, OTH = other';
COMMENT ON COLUMN tkt.chan_cd IS 'how the ticket came in: P = self-service portal, E = email, T = telephone, W = walk-up (in person), M = monitoring alert';
COMMENT ON COLUMN tkt.stat_cd IS 'N = new, A = assigned / in progress, W = waiting on requester, R = resolved (awaiting confirmation), C = closed, X = cancelled';
COMMENT ON COLUMN tkt.asset_tag IS 'device the ticket is about (hw_asset.asset_tag), if any';
COMMENT ON COLUMN tkt.first_resp_ts IS 'first agent response; NULL = nobody has responded yet';
COMMENT ON COLUMN tkt.resolved_ts IS 'when the fix was delivered; NULL = not resolved';
COMMENT ON COLUMN tkt.closed_ts IS 'when the ticket was closed (3 days after resolution) or cancelled';
COMMENT ON COLUMN tkt.breach_flg IS 'true = resolution SLA (sla_pol.sla_hrs) breached, set by the nightly SLA job; also set on unresolved tickets already past their deadline';
COMMENT ON COLUMN tkt.csat_score IS 'satisfaction survey answer 1 (very unhappy) .. 5 (very happy); NULL = survey not answered';

INSERT INTO tkt (tkt_id, req_emp_id, team_id, agt_id, sla_id, tkt_type, pri, cat_cd, chan_cd, stat_cd, subj,
                 asset_tag, opened_ts, first_resp_ts, resolved_ts, closed_ts, breach_flg, reopen_cnt, csat_score)
WITH b AS (
    SELECT g,
           date_trunc('minute', timestamptz '2024-01-01 06:00:00+00' + (g - 1) * interval '335 minutes 40 seconds'
                                + ((g * 37) % 200) * interval '1 minute') AS opened_ts,
           CASE WHEN g % 13 <= 4  THEN 'P'
                WHEN g % 13 <= 7  THEN 'E'
                WHEN g % 13 <= 10 THEN 'T'
                WHEN g % 13 = 11  THEN 'W'
                ELSE 'M' END AS chan_cd,
           CASE WHEN g % 17 <= 3  THEN 'SW'
                WHEN g % 17 <= 7  THEN 'HW'
                WHEN g % 17 <= 10 THEN 'ACC'
                WHEN g % 17 <= 12 THEN 'NET'
                WHEN g % 17 = 13  THEN 'EML'
                WHEN g % 17 = 14  THEN 'PRN'
                WHEN g % 17 = 15  THEN 'SRV'
                ELSE 'OTH' END AS cat_cd,
           CASE WHEN g % 23 = 0 THEN 1
                WHEN g % 23 <= 5 THEN 2
                WHEN g % 23 <= 16 THEN 3
                ELSE 4 END AS pri0,
           CASE WHEN g % 19 <= 9 OR g % 19 = 18 THEN 'I' WHEN g % 19 <= 15 THEN 'R' WHEN g % 19 = 16 THEN 'C' ELSE 'P' END AS type0
    FROM generate_series(1, 3000) AS g
), c AS (
    SELECT b.*,
           CASE WHEN chan_cd = 'M' THEN 'I' ELSE type0 END AS tkt_type,
           CASE WHEN chan_cd = 'M' THEN NULL ELSE 1 + (g * 13) % 560 END AS req_emp_id,
           CASE cat_cd WHEN 'SW' THEN 5 WHEN 'HW' THEN 2 WHEN 'ACC' THEN 4 WHEN 'NET' THEN 3 WHEN 'SRV' THEN 6 ELSE 1 END AS team_id,
           timestamptz '2025-11-30 23:59:59+00' - opened_ts AS age
    FROM b
), d AS (
    SELECT c.*,
           CASE WHEN tkt_type IN ('R', 'C') AND pri0 = 1 THEN 2 ELSE pri0 END AS pri,
           CASE WHEN g % 29 = 0 THEN 'X'
                WHEN age < interval '3 days' THEN (ARRAY['N','A','W'])[1 + g % 3]
                WHEN age < interval '14 days' THEN (ARRAY['A','W','R','R'])[1 + g % 4]
                WHEN g % 97 = 0 THEN 'W'
                ELSE 'C' END AS stat_cd,
           CASE team_id WHEN 1 THEN 1 WHEN 2 THEN 9 WHEN 3 THEN 15 WHEN 4 THEN 19 WHEN 5 THEN 23 ELSE 28 END AS first_agt,
           CASE team_id WHEN 1 THEN 7 WHEN 2 THEN 5 WHEN 3 THEN 4 WHEN 4 THEN 4 WHEN 5 THEN 4 ELSE 3 END AS n_agt
    FROM c
), e AS (
    SELECT d.*,
           CASE WHEN stat_cd = 'N' OR (stat_cd = 'X' AND g % 2 = 0) THEN NULL
                ELSE first_agt + (g * 13 + g / 7) % n_agt END AS agt0,
           CASE WHEN e1.vip_flg AND pri = 1 THEN 5 WHEN e1.vip_flg AND pri = 2 THEN 6 ELSE pri END AS sla_id,
           CASE pri WHEN 1 THEN 5 + (g * 7) % 30
                    WHEN 2 THEN 10 + (g * 11) % 90
                    WHEN 3 THEN 30 + (g * 13) % 400
                    ELSE 60 + (g * 17) % 900 END AS resp_min,
           CASE pri WHEN 1 THEN 60 + (g * 7) % 6 * 60 + g % 50
                    WHEN 2 THEN 120 + (g * 11) % 14 * 60 + g % 55
                    WHEN 3 THEN 240 + (g * 13) % 40 * 60 + g % 57
                    ELSE 480 + (g * 17) % 120 * 60 + g % 59 END AS res_min
    FROM d LEFT JOIN emp e1 ON e1.emp_id = d.req_emp_id
), f AS (
    SELECT e.*,
           CASE WHEN agt0 IN (3, 17) AND opened_ts >= timestamptz '2025-06-01 00:00:00+00' THEN first_agt ELSE agt0 END AS agt_id,
           CASE WHEN agt0 IS NULL OR opened_ts + resp_min * interval '1 minute' > timestamptz '2025-11-30 23:59:59+00' THEN NULL
                ELSE opened_ts + resp_min * interval '1 minute' END AS first_resp_ts,
           CASE WHEN stat_cd IN ('R', 'C')
                THEN least(opened_ts + res_min * interval '1 minute', timestamptz '2025-11-30 22:00:00+00') END AS resolved_ts
    FROM e
)
SELECT g, req_emp_id, team_id, agt_id, f.sla_id, tkt_type, f.pri, cat_cd, chan_cd, stat_cd,
       CASE cat_cd
            WHEN 'HW'  THEN (ARRAY['Laptop will not boot','Cracked screen','Docking station not detected',
                                   'Battery drains within an hour','Keyboard keys sticking','Phone not charging'])[1 + g % 6]
            WHEN 'SW'  THEN (ARRAY['SAP GUI crashes on login','Excel add-in missing','Request licence for Visio',
                                   'Teams keeps freezing','Install Power BI Desktop','CRM report shows wrong totals'])[1 + g % 6]
            WHEN 'ACC' THEN (ARRAY['Password reset','Account locked out','Access to shared drive',
                                   'MFA token lost','New starter account','Remove leaver access'])[1 + g % 6]
            WHEN 'NET' THEN (ARRAY['VPN keeps disconnecting','No wifi on 3rd floor','Slow network in Berlin office',
                                   'Cannot reach intranet'])[1 + g % 4]
            WHEN 'EML' THEN (ARRAY['Mailbox full','Shared mailbox access','Calendar invites not arriving'])[1 + g % 3]
            WHEN 'PRN' THEN (ARRAY['Printer jammed','Cannot print to MFP-2','Scanner emails not arriving'])[1 + g % 3]
            WHEN 'SRV' THEN (ARRAY['Disk space alert on FS01','Backup job failed','CPU high on APP03'])[1 + g % 3]
            ELSE (ARRAY['Meeting room screen not working','Question about IT policy'])[1 + g % 2] END,
       CASE WHEN cat_cd <> 'HW' THEN NULL
            WHEN g % 9 = 0 THEN 'LT-' || lpad((17 + ((g / 9) % 7) * 53)::text, 4, '0')
            WHEN g % 5 = 0 THEN 'PH-' || lpad((1 + (g * 7) % 200)::text, 4, '0')
            WHEN g % 11 = 0 THEN NULL
            ELSE 'LT-' || lpad((1 + (g * 11) % 420)::text, 4, '0') END,
       opened_ts,
       first_resp_ts,
       resolved_ts,
       CASE WHEN stat_cd = 'C' THEN resolved_ts + interval '72 hours'
            WHEN stat_cd = 'X' THEN opened_ts + (1 + g % 48) * interval '1 hour' END,
       CASE WHEN stat_cd = 'X' THEN false
            ELSE coalesce(resolved_ts, timestamptz '2025-11-30 23:59:59+00') - opened_ts > p.sla_hrs * interval '1 hour' END,
       CASE WHEN stat_cd NOT IN ('R', 'C') THEN 0
            WHEN g % 211 = 0 THEN 3 WHEN g % 61 = 0 THEN 2 WHEN g % 23 = 0 THEN 1 ELSE 0 END,
       CASE WHEN stat_cd <> 'C' OR g % 3 = 0 OR req_emp_id IS NULL THEN NULL
            ELSE greatest(1, least(5, (ARRAY[5, 4, 5, 3, 4, 5, 4])[1 + agt_id % 7] - ((g * 7) % 9) / 3 + (g % 4) / 2)) END
FROM f JOIN sla_pol p ON p.sla_id = f.sla_id;

-- ---------------------------------------------------------------- tkt_upd (comments / work notes)
CREATE TABLE tkt_upd (
    upd_id      integer PRIMARY KEY,
    tkt_id      integer NOT NULL REFERENCES tkt (tkt_id),
    upd_ts      timestamptz NOT NULL,
    author_kind char(1) NOT NULL,
    author_id   integer,
    is_internal boolean NOT NULL DEFAULT false,
    body        text NOT NULL,
    time_spent_min integer
);
COMMENT ON TABLE tkt_upd IS 'Ticket timeline: replies, work notes and system events';
COMMENT ON COLUMN tkt_upd.author_kind IS 'A = support agent, E = employee (the requester), S = system';
COMMENT ON COLUMN tkt_upd.author_id IS 'agt.agt_id when author_kind = A, emp.emp_id when author_kind = E, NULL for system entries';
COMMENT ON COLUMN tkt_upd.is_internal IS 'true = internal work note, not visible to the requester';
COMMENT ON COLUMN tkt_upd.time_spent_min IS 'time the agent logged against the ticket with this update, minutes; NULL for employee and system entries';

INSERT INTO tkt_upd (upd_id, tkt_id, upd_ts, author_kind, author_id, is_internal, body, time_spent_min)
WITH u AS (
    SELECT t.tkt_id, t.agt_id, t.req_emp_id, t.opened_ts, k, n,
           coalesce(t.resolved_ts, t.closed_ts, timestamptz '2025-11-30 23:59:59+00') AS end_ts
    FROM tkt t
    CROSS JOIN LATERAL (SELECT CASE WHEN t.agt_id IS NULL THEN 1 ELSE 2 + t.tkt_id % 4 END AS n) nn
    CROSS JOIN LATERAL generate_series(1, nn.n) AS k
), v AS (
    SELECT u.*,
           date_trunc('second', opened_ts + (end_ts - opened_ts) * k / (n + 1)) AS upd_ts,
           CASE WHEN agt_id IS NULL THEN 'S'
                WHEN k % 2 = 1 THEN 'A'
                WHEN req_emp_id IS NULL THEN 'S'
                ELSE 'E' END AS author_kind
    FROM u
)
SELECT row_number() OVER (ORDER BY upd_ts, tkt_id, k),
       tkt_id, upd_ts, author_kind,
       CASE author_kind WHEN 'A' THEN agt_id WHEN 'E' THEN req_emp_id END,
       author_kind = 'A' AND (tkt_id + k) % 3 = 0,
       CASE author_kind
            WHEN 'S' THEN (ARRAY['Ticket logged','Reminder sent to requester','Priority recalculated'])[1 + (tkt_id + k) % 3]
            WHEN 'E' THEN (ARRAY['Still happening this morning','Thanks, that worked','Any update?',
                                 'I am out of office until Monday','Attached a screenshot'])[1 + (tkt_id * k) % 5]
            ELSE CASE WHEN (tkt_id + k) % 3 = 0
                      THEN (ARRAY['Escalated to vendor','Checked logs, looks like a driver issue',
                                  'Waiting for part to arrive','Reimaged the device'])[1 + (tkt_id + k) % 4]
                      ELSE (ARRAY['Could you restart and try again?','Remote session booked for tomorrow',
                                  'Fix applied, please confirm','Can you send the exact error message?'])[1 + (tkt_id + k) % 4]
                 END END,
       CASE WHEN author_kind = 'A' THEN 5 + (tkt_id * 7 + k * 13) % 86 END
FROM v;

-- ---------------------------------------------------------------- hw_asset (laptops, phones, ...)
CREATE TABLE hw_asset (
    asset_tag    varchar(8) PRIMARY KEY,
    asset_cls    char(2) NOT NULL,
    make         text NOT NULL,
    model        text NOT NULL,
    serial_no    text NOT NULL,
    purch_dt     date NOT NULL,
    purch_cost   numeric(8,2) NOT NULL,
    warranty_end date NOT NULL,
    asset_stat   char(1) NOT NULL
);
COMMENT ON TABLE hw_asset IS 'Hardware inventory (CMDB extract)';
COMMENT ON COLUMN hw_asset.asset_cls IS 'LT = laptop, PH = mobile phone, MN = monitor, TB = tablet';
COMMENT ON COLUMN hw_asset.purch_cost IS 'purchase price, GBP, excluding VAT';
COMMENT ON COLUMN hw_asset.asset_stat IS 'S = in stock (spare), D = deployed (with a user), R = in repair, X = retired / written off';

INSERT INTO hw_asset (asset_tag, asset_cls, make, model, serial_no, purch_dt, purch_cost, warranty_end, asset_stat)
WITH a AS (
    SELECT g,
           CASE WHEN g <= 420 THEN 'LT' WHEN g <= 620 THEN 'PH' WHEN g <= 670 THEN 'MN' ELSE 'TB' END AS cls,
           CASE WHEN g <= 420 THEN g WHEN g <= 620 THEN g - 420 WHEN g <= 670 THEN g - 620 ELSE g - 670 END AS n
    FROM generate_series(1, 700) AS g
), m AS (
    SELECT a.*, date '2021-01-04' + (n * 19 + g) % 1760 AS purch_dt,
           CASE cls
                WHEN 'LT' THEN (ARRAY['Dell','Lenovo','Apple','HP','Lenovo'])[1 + n % 5]
                WHEN 'PH' THEN (ARRAY['Apple','Apple','Samsung','Google'])[1 + n % 4]
                WHEN 'MN' THEN (ARRAY['Dell','LG'])[1 + n % 2]
                ELSE (ARRAY['Apple','Samsung'])[1 + n % 2] END AS make,
           CASE cls
                WHEN 'LT' THEN (ARRAY['Latitude 5440','ThinkPad T14 Gen 4','MacBook Pro 14','EliteBook 840 G10','ThinkPad X1 Carbon'])[1 + n % 5]
                WHEN 'PH' THEN (ARRAY['iPhone 14','iPhone 15','Galaxy S23','Pixel 8'])[1 + n % 4]
                WHEN 'MN' THEN (ARRAY['P2723D','27UP850'])[1 + n % 2]
                ELSE (ARRAY['iPad Air','Galaxy Tab S9'])[1 + n % 2] END AS model,
           CASE cls
                WHEN 'LT' THEN (ARRAY[1150, 1290, 2199, 1240, 1720])[1 + n % 5]
                WHEN 'PH' THEN (ARRAY[729, 829, 699, 599])[1 + n % 4]
                WHEN 'MN' THEN (ARRAY[289, 349])[1 + n % 2]
                ELSE (ARRAY[599, 649])[1 + n % 2] END AS list_price
    FROM a
)
SELECT cls || '-' || lpad(n::text, 4, '0'), cls, make, model,
       upper(substr(md5('sn' || g), 1, 10)),
       purch_dt,
       list_price + ((n * 37) % 121) - 60 + (n % 100) / 100.0,
       (purch_dt + CASE WHEN cls IN ('LT', 'MN') THEN interval '3 years' ELSE interval '2 years' END - interval '1 day')::date,
       'S'
FROM m;

-- ---------------------------------------------------------------- asset_asgn (devices handed out)
CREATE TABLE asset_asgn (
    asgn_id        integer PRIMARY KEY,
    asset_tag      varchar(8) NOT NULL REFERENCES hw_asset (asset_tag),
    emp_id         integer NOT NULL,
    issued_dt      date NOT NULL,
    returned_dt    date,
    issued_by_agt  integer REFERENCES agt (agt_id),
    cond_on_return char(1)
);
COMMENT ON TABLE asset_asgn IS 'Which employee had which device when';
COMMENT ON COLUMN asset_asgn.emp_id IS 'employee holding the device (emp.emp_id)';
COMMENT ON COLUMN asset_asgn.returned_dt IS 'date the device came back to IT; NULL = employee still has it';
COMMENT ON COLUMN asset_asgn.cond_on_return IS 'G = good, D = damaged, L = lost / never came back (written off); NULL while not returned';

INSERT INTO asset_asgn (asgn_id, asset_tag, emp_id, issued_dt, returned_dt, issued_by_agt, cond_on_return)
WITH a AS (
    SELECT h.asset_tag, h.purch_dt, (row_number() OVER (ORDER BY h.asset_tag))::int AS g
    FROM hw_asset h
), n AS (
    SELECT a.*, CASE WHEN g % 23 = 0 THEN 0 ELSE 1 + (g / 3) % 3 END AS nasg,
           (date '2025-11-30' - (purch_dt + 5)) AS span
    FROM a
), s AS (
    SELECT n.*, k, span / nasg AS period,
           purch_dt + 5 + (k - 1) * (span / nasg) AS issued_dt
    FROM n CROSS JOIN LATERAL generate_series(1, n.nasg) AS k
), r AS (
    SELECT s.*,
           CASE WHEN k < nasg THEN issued_dt + period - 3 - (g * k) % 5
                WHEN g % 5 = 2 THEN issued_dt + period * 2 / 3 END AS returned_dt
    FROM s
)
SELECT row_number() OVER (ORDER BY issued_dt, asset_tag),
       asset_tag,
       1 + (g * 37 + k * 101) % 600,
       issued_dt, returned_dt,
       9 + (g + k) % 5,
       CASE WHEN returned_dt IS NULL THEN NULL
            WHEN (g * 7 + k) % 9 = 0 THEN 'D'
            WHEN (g * k) % 31 = 0 THEN 'L'
            ELSE 'G' END
FROM r;

UPDATE hw_asset h
SET asset_stat = CASE WHEN l.asset_tag IS NULL THEN 'S'
                      WHEN l.returned_dt IS NULL THEN 'D'
                      WHEN l.cond_on_return = 'L' THEN 'X'
                      WHEN l.cond_on_return = 'D' THEN 'R'
                      WHEN h.purch_dt < date '2022-01-01' THEN 'X'
                      ELSE 'S' END
FROM hw_asset h2
LEFT JOIN (SELECT DISTINCT ON (asset_tag) * FROM asset_asgn ORDER BY asset_tag, issued_dt DESC) l
       ON l.asset_tag = h2.asset_tag
WHERE h2.asset_tag = h.asset_tag;
