-- Hollis Pritchard & Kaur LLP, solicitors, 14 Broad Street, Ludlow.
-- We are a small high-street practice with three departments: Property (house purchases,
-- sales and remortgages), Private Client (wills, lasting powers of attorney, probate and
-- estates) and Family (divorce, arrangements for children, financial remedy).
-- Every new piece of work is a "matter" (a file) opened for a client and given to one fee
-- earner - a partner, an associate solicitor, a trainee or a paralegal - who owns it.
-- Before we open a file we run a conflict check. Fee earners record their time in 6-minute
-- units (10 units = 1 hour) against the matter at their hourly rate for the year.
-- We pay disbursements for clients (searches, Land Registry, stamp duty, court fees,
-- counsel) and bill them back. Conveyancing, wills and divorces are mostly fixed fee and
-- billed at the end; probate and contested family work are billed by the hour, usually
-- every quarter. Bills are paid in part or in full; the paid date stays empty until the
-- bill is cleared. Money we hold for clients (completion funds, estate money) goes through
-- the client account ledger. Complaints are logged as the SRA requires.
-- Data covers January 2024 to 30 November 2026.

DROP TABLE IF EXISTS complaints;
DROP TABLE IF EXISTS client_acct_txn;
DROP TABLE IF EXISTS inv_lines;
DROP TABLE IF EXISTS time_entry;
DROP TABLE IF EXISTS disbursements;
DROP TABLE IF EXISTS invoices;
DROP TABLE IF EXISTS conflict_checks;
DROP TABLE IF EXISTS matters;
DROP TABLE IF EXISTS matter_types;
DROP TABLE IF EXISTS client;
DROP TABLE IF EXISTS fee_earners;

CREATE TABLE fee_earners (
    fe_id        integer PRIMARY KEY,
    initials     varchar(4) NOT NULL UNIQUE,
    full_name    text NOT NULL,
    grade        char(1) NOT NULL,
    dept         text NOT NULL,
    hourly_rate  numeric(7,2) NOT NULL,
    joined_dt    date NOT NULL,
    left_dt      date,
    sra_no       varchar(10)
);

CREATE TABLE client (
    client_id    integer PRIMARY KEY,
    client_name  text NOT NULL,
    client_type  char(1) NOT NULL,
    town         text,
    postcode     varchar(9),
    email        text,
    phone        varchar(20),
    added_dt     date NOT NULL,
    id_verified  boolean NOT NULL DEFAULT false,
    mkting_ok    boolean NOT NULL DEFAULT false,
    notes        text
);

CREATE TABLE matter_types (
    type_cd      varchar(3) PRIMARY KEY,
    descr        text NOT NULL,
    dept         text NOT NULL,
    fixed_fee    boolean NOT NULL
);

CREATE TABLE matters (
    matter_id     integer PRIMARY KEY,
    matter_ref    varchar(12) NOT NULL UNIQUE,
    client_id     integer NOT NULL REFERENCES client (client_id),
    fe_id         integer NOT NULL REFERENCES fee_earners (fe_id),
    type_cd       varchar(3) NOT NULL REFERENCES matter_types (type_cd),
    st            char(1) NOT NULL,
    opened_dt     date NOT NULL,
    closed_dt     date,
    fixed_fee_amt numeric(9,2),
    prop_value    numeric(12,2),
    src           char(1),
    notes         text
);

CREATE TABLE conflict_checks (
    chk_id       integer PRIMARY KEY,
    matter_id    integer NOT NULL REFERENCES matters (matter_id),
    chk_dt       date NOT NULL,
    checked_by   integer NOT NULL REFERENCES fee_earners (fe_id),
    result       char(1) NOT NULL,
    notes        text
);

CREATE TABLE invoices (
    inv_id       integer PRIMARY KEY,
    inv_no       varchar(12) UNIQUE,
    matter_id    integer NOT NULL REFERENCES matters (matter_id),
    inv_dt       date NOT NULL,
    due_dt       date NOT NULL,
    total_amt    numeric(10,2) NOT NULL DEFAULT 0,
    amt_paid     numeric(10,2) NOT NULL DEFAULT 0,
    paid_dt      date,
    written_off  boolean NOT NULL DEFAULT false
);

CREATE TABLE disbursements (
    disb_id      integer PRIMARY KEY,
    matter_id    integer NOT NULL REFERENCES matters (matter_id),
    disb_dt      date NOT NULL,
    disb_cd      char(1) NOT NULL,
    payee        text NOT NULL,
    details      text,
    amt          numeric(10,2) NOT NULL,
    vat_amt      numeric(10,2) NOT NULL DEFAULT 0,
    inv_id       integer REFERENCES invoices (inv_id)
);

CREATE TABLE time_entry (
    te_id        integer PRIMARY KEY,
    matter_id    integer NOT NULL REFERENCES matters (matter_id),
    fe_id        integer NOT NULL REFERENCES fee_earners (fe_id),
    work_dt      date NOT NULL,
    units        smallint NOT NULL,
    activity     char(1) NOT NULL,
    chargeable   boolean NOT NULL DEFAULT true,
    rate         numeric(7,2) NOT NULL,
    narrative    text,
    inv_id       integer REFERENCES invoices (inv_id)
);

CREATE TABLE inv_lines (
    line_id      integer PRIMARY KEY,
    inv_id       integer NOT NULL REFERENCES invoices (inv_id),
    line_no      smallint NOT NULL,
    line_type    char(1) NOT NULL,
    descr        text NOT NULL,
    qty          numeric(7,2) NOT NULL,
    unit_price   numeric(10,2) NOT NULL,
    disc_pct     numeric(5,2) NOT NULL DEFAULT 0,
    vat_rate     numeric(4,1) NOT NULL DEFAULT 20
);

CREATE TABLE client_acct_txn (
    txn_id       integer PRIMARY KEY,
    matter_id    integer NOT NULL REFERENCES matters (matter_id),
    txn_dt       date NOT NULL,
    txn_cd       char(1) NOT NULL,
    amt          numeric(12,2) NOT NULL,
    descr        text,
    pay_method   varchar(5)
);

CREATE TABLE complaints (
    cmp_id       integer PRIMARY KEY,
    matter_id    integer NOT NULL REFERENCES matters (matter_id),
    recvd_dt     date NOT NULL,
    category     text NOT NULL,
    handled_by   integer NOT NULL REFERENCES fee_earners (fe_id),
    resolved_dt  date,
    outcome      char(1),
    ombudsman    boolean NOT NULL DEFAULT false,
    redress_amt  numeric(8,2),
    notes        text
);

COMMENT ON TABLE fee_earners IS 'Everyone who records time: partners, solicitors, trainees and paralegals, past and present.';
COMMENT ON COLUMN fee_earners.grade IS 'Grade: P = partner, A = associate solicitor, T = trainee solicitor, L = paralegal';
COMMENT ON COLUMN fee_earners.dept IS 'Department they sit in: Property, Private Client or Family';
COMMENT ON COLUMN fee_earners.hourly_rate IS 'Current hourly charge-out rate in pounds (2026). It went up by 10 pounds each January.';
COMMENT ON COLUMN fee_earners.left_dt IS 'Last day with the firm; empty while they still work here';
COMMENT ON COLUMN fee_earners.sra_no IS 'SRA number (solicitors and trainees only)';

COMMENT ON TABLE client IS 'Our clients - people, couples, companies and the executors of estates.';
COMMENT ON COLUMN client.client_type IS 'Type: I = individual or couple, C = company, E = estate (executors of someone who has died)';
COMMENT ON COLUMN client.added_dt IS 'Date the client was first set up on the system';
COMMENT ON COLUMN client.id_verified IS 'True once we have seen and checked ID (anti money laundering)';
COMMENT ON COLUMN client.mkting_ok IS 'Client is happy to get our newsletter';

COMMENT ON TABLE matter_types IS 'The kinds of work we do, and which department does them.';
COMMENT ON COLUMN matter_types.type_cd IS 'Short code used in the matter reference, e.g. PUR = residential purchase, PRB = probate';
COMMENT ON COLUMN matter_types.fixed_fee IS 'True when we normally quote a fixed fee for this kind of work rather than charge by the hour';

COMMENT ON TABLE matters IS 'One row per file we open for a client. The fee earner is the person who owns the file.';
COMMENT ON COLUMN matters.matter_ref IS 'File reference: type / year opened / number, e.g. PUR/25/014';
COMMENT ON COLUMN matters.fe_id IS 'Fee earner who has conduct of the file';
COMMENT ON COLUMN matters.st IS 'Status: O = open, H = on hold, C = completed, A = aborted (client withdrew, chain collapsed or we could not act)';
COMMENT ON COLUMN matters.closed_dt IS 'Date the file was completed or aborted; empty while the matter is open or on hold';
COMMENT ON COLUMN matters.fixed_fee_amt IS 'Agreed fixed fee in pounds before VAT; empty when we charge by the hour';
COMMENT ON COLUMN matters.prop_value IS 'Price of the property for purchases, sales and remortgages';
COMMENT ON COLUMN matters.src IS 'How the client found us: W = website, R = recommended by someone, A = estate agent referral, X = existing client, O = other';

COMMENT ON TABLE conflict_checks IS 'Conflict of interest checks run before a file is opened. A possible conflict gets a second check by a partner.';
COMMENT ON COLUMN conflict_checks.checked_by IS 'Fee earner who ran the check';
COMMENT ON COLUMN conflict_checks.result IS 'Result: C = clear, P = possible conflict (referred to a partner), X = conflict - we cannot act';

COMMENT ON TABLE time_entry IS 'Time recorded by fee earners against matters.';
COMMENT ON COLUMN time_entry.units IS 'Time spent in 6-minute units (10 units = 1 hour)';
COMMENT ON COLUMN time_entry.activity IS 'Activity: A = attendance/meeting, T = telephone, L = letters and emails, D = drafting or reading documents, R = research, C = court hearing, V = travel, X = admin / file review';
COMMENT ON COLUMN time_entry.chargeable IS 'False when the time is not to be charged to the client (admin, written-off time, some travel)';
COMMENT ON COLUMN time_entry.rate IS 'Hourly rate that applied when the work was done';
COMMENT ON COLUMN time_entry.inv_id IS 'Bill the time went on; empty = not billed yet (unbilled work in progress)';

COMMENT ON TABLE disbursements IS 'Money we paid out on a client''s behalf and bill back to them.';
COMMENT ON COLUMN disbursements.disb_cd IS 'Kind: S = searches, L = Land Registry, T = stamp duty (SDLT), C = court / probate registry / OPG fees, N = counsel (barrister), O = other (ID checks, bank fees, notices, valuations)';
COMMENT ON COLUMN disbursements.amt IS 'Amount paid, before VAT';
COMMENT ON COLUMN disbursements.inv_id IS 'Bill it was recharged on; empty = not billed back yet';

COMMENT ON TABLE invoices IS 'Bills raised on a matter. Fixed fee work gets one bill at the end, hourly work gets interim bills.';
COMMENT ON COLUMN invoices.inv_no IS 'Bill number as printed, e.g. INV25-0123';
COMMENT ON COLUMN invoices.total_amt IS 'Total of the bill including VAT';
COMMENT ON COLUMN invoices.amt_paid IS 'How much has been paid so far';
COMMENT ON COLUMN invoices.paid_dt IS 'Date the bill was paid in full; empty until it is fully paid';
COMMENT ON COLUMN invoices.written_off IS 'We have given up chasing the rest of this bill';

COMMENT ON TABLE inv_lines IS 'Lines on each bill: our charges and the disbursements recharged.';
COMMENT ON COLUMN inv_lines.line_type IS 'F = our fees (professional charges), D = disbursement';
COMMENT ON COLUMN inv_lines.qty IS 'Hours for time charged by the hour, otherwise 1';
COMMENT ON COLUMN inv_lines.disc_pct IS 'Discount on the line, as a percentage (10 = 10% off)';
COMMENT ON COLUMN inv_lines.vat_rate IS 'VAT rate % charged on the line after discount';

COMMENT ON TABLE client_acct_txn IS 'Client account ledger: money we hold for clients, in and out, per matter.';
COMMENT ON COLUMN client_acct_txn.txn_cd IS 'R = received into client account, P = paid out to a third party or back to the client, B = transferred to office account to pay one of our bills';
COMMENT ON COLUMN client_acct_txn.amt IS 'Always positive; the code says which way the money went';
COMMENT ON COLUMN client_acct_txn.pay_method IS 'BACS, CHAPS, CHQ or TFR (internal transfer)';

COMMENT ON TABLE complaints IS 'Complaints register.';
COMMENT ON COLUMN complaints.handled_by IS 'Partner who dealt with the complaint';
COMMENT ON COLUMN complaints.resolved_dt IS 'Date our final response was sent; empty while the complaint is still open';
COMMENT ON COLUMN complaints.outcome IS 'Outcome: U = upheld, P = partly upheld, N = not upheld. Empty until resolved.';
COMMENT ON COLUMN complaints.ombudsman IS 'Client took it to the Legal Ombudsman';
COMMENT ON COLUMN complaints.redress_amt IS 'Money refunded or paid to the client as a result, in pounds';

-- ---------------------------------------------------------------- fee earners
INSERT INTO fee_earners VALUES
 ( 1, 'RMH', 'Rachel Hollis',     'P', 'Property',       295.00, '2009-04-01', NULL,         '301122'),
 ( 2, 'DJP', 'David Pritchard',   'P', 'Private Client', 285.00, '2011-09-01', NULL,         '318890'),
 ( 3, 'SKA', 'Sunita Kaur',       'P', 'Family',         290.00, '2014-01-06', NULL,         '402117'),
 ( 4, 'TOB', 'Tom O''Brien',      'A', 'Property',       215.00, '2018-03-12', NULL,         '566301'),
 ( 5, 'EWL', 'Emma Lowther',      'A', 'Family',         210.00, '2019-10-01', NULL,         '590044'),
 ( 6, 'JNG', 'James Ng',          'A', 'Private Client', 205.00, '2021-02-01', '2025-08-29', '611873'),
 ( 7, 'CFR', 'Chloe Fraser',      'T', 'Property',       150.00, '2024-09-02', NULL,         '700215'),
 ( 8, 'AMB', 'Amir Baig',         'T', 'Family',         150.00, '2026-01-01', NULL,         '712390'),
 ( 9, 'LWD', 'Lucy Ward',         'L', 'Property',       120.00, '2016-05-16', NULL,         NULL),
 (10, 'GRE', 'Gareth Evans',      'L', 'Private Client', 115.00, '2022-07-04', NULL,         NULL),
 (11, 'HPS', 'Hannah Price',      'A', 'Private Client', 220.00, '2025-09-01', NULL,         '598812'),
 (12, 'KTR', 'Kate Turner',       'L', 'Family',         110.00, '2026-11-16', NULL,         NULL);

-- ---------------------------------------------------------------- matter types
INSERT INTO matter_types VALUES
 ('PUR', 'Residential purchase',          'Property',       true),
 ('SAL', 'Residential sale',              'Property',       true),
 ('RMG', 'Remortgage',                    'Property',       true),
 ('WIL', 'Will',                          'Private Client', true),
 ('LPA', 'Lasting power of attorney',     'Private Client', true),
 ('PRB', 'Probate and estate administration', 'Private Client', false),
 ('DIV', 'Divorce',                       'Family',         true),
 ('CHD', 'Child arrangements',            'Family',         false),
 ('FRM', 'Financial remedy',              'Family',         false);

-- ---------------------------------------------------------------- matters (and their clients)
-- Clients first (one per new instruction, plus six enquiries that never instructed);
-- their type, name and date are set from their first matter further down.
INSERT INTO client (client_id, client_name, client_type, town, postcode, email, phone, added_dt, id_verified, mkting_ok, notes)
WITH c AS (
    SELECT g AS cid,
           (ARRAY['Margaret','John','Susan','David','Karen','Paul','Helen','Mark','Julie','Peter',
                  'Sarah','Andrew','Claire','Richard','Emma','Stephen','Joanne','Michael','Rebecca','Gary',
                  'Lisa','Ian','Nicola','Robert','Amanda','Christopher','Louise','Daniel','Rachel','Simon',
                  'Gemma','Neil','Kelly','Alan','Victoria','Graham','Zoe','Owen','Priya','Tomasz'])[1 + (g * 7) % 40] AS fn,
           CASE WHEN g % 2 = 1
                THEN (ARRAY['Anne','Carol','Janet','Dawn','Wendy','Tracey','Elaine','Jane'])[1 + (g * 37 + g / 7) % 8]
                ELSE (ARRAY['Keith','Brian','Martin','Philip','Colin','Roger','Kevin','Geoff'])[1 + (g * 37 + g / 7) % 8] END AS fn2,
           (ARRAY['Jones','Davies','Evans','Williams','Morgan','Price','Powell','Hughes','Bevan','Pugh',
                  'Griffiths','Lloyd','Thomas','Roberts','Watkins','Baker','Clarke','Turner','Hill','Green',
                  'Harris','Wood','Edwards','Hall','Walker','Wright','Morris','Bowen','Mills','Preece',
                  'Lewis','Probert','Hamer','Gittins','Meredith','Kowalski','Patel','Bradley','Corbett','Nash'])[1 + (g * 11 + g / 40) % 40] AS sn,
           (ARRAY['Ludlow','Ludlow','Ludlow','Leominster','Tenbury Wells','Church Stretton','Craven Arms',
                  'Bishops Castle','Knighton','Cleobury Mortimer','Shrewsbury','Hereford'])[1 + (g * 13) % 12] AS town,
           ((g * 389) % 1009) AS hh
    FROM generate_series(1, (SELECT (count(*) + 6)::int FROM generate_series(1, 820) AS i
                             WHERE NOT (i > 40 AND ((i * 131) % 1021) % 100 < 18))) AS g
)
SELECT c.cid,
       CASE WHEN c.hh % 5 = 0 THEN c.fn || ' & ' || c.fn2 || ' ' || c.sn ELSE c.fn || ' ' || c.sn END,
       'I',
       c.town,
       (CASE c.town WHEN 'Ludlow' THEN 'SY8' WHEN 'Leominster' THEN 'HR6' WHEN 'Tenbury Wells' THEN 'WR15'
                    WHEN 'Church Stretton' THEN 'SY6' WHEN 'Craven Arms' THEN 'SY7' WHEN 'Bishops Castle' THEN 'SY9'
                    WHEN 'Knighton' THEN 'LD7' WHEN 'Cleobury Mortimer' THEN 'DY14' WHEN 'Shrewsbury' THEN 'SY3'
                    ELSE 'HR4' END) || ' ' || (1 + c.hh % 9)::text
            || substr('ABDEFGHJLNPQRSTUWXYZ', 1 + c.hh % 20, 1) || substr('ABDEFGHJLNPQRSTUWXYZ', 1 + (c.hh / 20) % 20, 1),
       CASE WHEN c.hh % 7 = 0 THEN NULL
            ELSE lower(c.fn) || '.' || lower(c.sn) || (c.cid % 90)::text
                 || (ARRAY['@gmail.com','@btinternet.com','@hotmail.co.uk','@outlook.com'])[1 + c.cid % 4] END,
       '01584 ' || lpad(((c.cid * 7717) % 900000 + 100000)::text, 6, '0'),
       date '2026-02-09' + (c.cid % 6) * 47,
       c.hh % 23 <> 0,
       c.hh % 3 = 0,
       CASE WHEN c.hh % 31 = 0 THEN 'Prefers letters by post, no email'
            WHEN c.hh % 37 = 0 THEN 'Hard of hearing - call the landline'
            WHEN c.hh % 41 = 0 THEN 'Interpreter needed (Polish)' END
FROM c;

-- The 820 matters: type, dates, status, fee earner and which client.
INSERT INTO matters (matter_id, matter_ref, client_id, fe_id, type_cd, st, opened_dt, closed_dt, fixed_fee_amt, prop_value, src, notes)
WITH bd AS (   -- working days (no weekends, Christmas or New Year's Day)
    SELECT g::date AS d, row_number() OVER (ORDER BY g) - 1 AS k, count(*) OVER () AS n
    FROM generate_series(timestamp '2024-01-02', timestamp '2026-11-30', interval '1 day') AS g
    WHERE extract(dow FROM g) NOT IN (0, 6) AND to_char(g, 'MM-DD') NOT IN ('12-25', '12-26', '01-01')
), base AS (
    SELECT i,
           ((i * 7919) % 1009) % 100   AS t,
           ((i * 104729) % 1013) % 100 AS h,
           ((i * 3571) % 1019) % 10    AS h2,
           ((i * 613) % 997)           AS d,
           NOT (i > 40 AND ((i * 131) % 1021) % 100 < 18) AS is_new
    FROM generate_series(1, 820) AS i
), b2 AS (
    SELECT base.*, bd.d AS opened,
           CASE WHEN t < 22 THEN 'PUR' WHEN t < 36 THEN 'SAL' WHEN t < 42 THEN 'RMG'
                WHEN t < 58 THEN 'WIL' WHEN t < 66 THEN 'LPA' WHEN t < 77 THEN 'PRB'
                WHEN t < 86 THEN 'DIV' WHEN t < 93 THEN 'CHD' ELSE 'FRM' END AS ty
    FROM base JOIN bd ON bd.k = ((base.i - 1) * (bd.n - 1)) / 819
), b3 AS (
    SELECT b2.*,
           CASE ty WHEN 'PUR' THEN 55 + d % 100 WHEN 'SAL' THEN 50 + d % 90
                   WHEN 'RMG' THEN 25 + d % 35  WHEN 'WIL' THEN 10 + d % 45
                   WHEN 'LPA' THEN 20 + d % 60  WHEN 'PRB' THEN 180 + d % 330
                   WHEN 'DIV' THEN 150 + d % 300 WHEN 'CHD' THEN 90 + d % 240
                   ELSE 160 + d % 320 END AS dur
    FROM b2
), b4 AS (
    SELECT b3.*,
           CASE WHEN i % 97 = 0 THEN 'A'
                WHEN h < 7 AND ty IN ('PUR', 'SAL', 'RMG') THEN 'A'
                WHEN h < 3 AND ty IN ('DIV', 'CHD', 'FRM', 'PRB') THEN 'A'
                WHEN h >= 94 AND ty IN ('PRB', 'DIV', 'CHD', 'FRM', 'PUR') THEN 'H'
                WHEN opened + dur <= date '2026-11-30' THEN 'C'
                WHEN h >= 88 THEN 'H'
                ELSE 'O' END AS st
    FROM b3
), b5 AS (
    SELECT b4.*,
           CASE st WHEN 'C' THEN opened + dur
                   WHEN 'A' THEN least(opened + CASE WHEN i % 97 = 0 THEN 1 ELSE 10 + h * 3 END, date '2026-11-30')
           END AS c0,
           CASE
             WHEN ty IN ('PUR', 'SAL', 'RMG') THEN
                  CASE WHEN h2 < 2 THEN 1 WHEN h2 < 5 THEN 4
                       WHEN h2 < 7 AND opened >= date '2024-09-02' THEN 7 ELSE 9 END
             WHEN ty IN ('WIL', 'LPA') THEN
                  CASE WHEN h2 < 4 THEN 10 WHEN h2 < 6 THEN 2
                       WHEN opened < date '2025-09-01' THEN 6 ELSE 11 END
             WHEN ty = 'PRB' THEN
                  CASE WHEN h2 < 4 THEN 2 WHEN opened < date '2025-09-01' THEN 6 ELSE 11 END
             ELSE CASE WHEN h2 < 3 THEN 3 WHEN h2 < 7 OR opened < date '2026-01-01' THEN 5 ELSE 8 END
           END AS fe,
           sum(CASE WHEN is_new THEN 1 ELSE 0 END) OVER (ORDER BY i) AS cnt_new
    FROM b4
), b6 AS (
    SELECT a.*,
           CASE WHEN a.c0 IS NULL THEN NULL
                ELSE greatest(a.opened, a.c0 - CASE extract(dow FROM a.c0) WHEN 6 THEN 1 WHEN 0 THEN 2 ELSE 0 END)
           END AS closed,
           CASE WHEN a.is_new THEN a.cnt_new ELSE p.cnt_new END AS cl
    FROM b5 a
    LEFT JOIN b5 p ON p.i = a.i - 20 - (a.i * 7) % 40
)
SELECT m.i,
       m.ty || '/' || to_char(m.opened, 'YY') || '/'
            || lpad((row_number() OVER (PARTITION BY m.ty, extract(year FROM m.opened) ORDER BY m.i))::text, 3, '0'),
       m.cl,
       -- James Ng left at the end of August 2025: Hannah Price took over his live files.
       CASE WHEN m.fe = 6 AND (m.closed IS NULL OR m.closed >= date '2025-09-01') THEN 11 ELSE m.fe END,
       m.ty, m.st, m.opened, m.closed,
       CASE m.ty WHEN 'PUR' THEN 995 + ((m.i * 37) % 9) * 75
                 WHEN 'SAL' THEN 850 + ((m.i * 37) % 8) * 75
                 WHEN 'RMG' THEN 450 + ((m.i * 37) % 4) * 50
                 WHEN 'WIL' THEN CASE WHEN m.i % 3 = 0 THEN 295 ELSE 195 END
                 WHEN 'LPA' THEN CASE WHEN m.i % 2 = 0 THEN 750 ELSE 450 END
                 WHEN 'DIV' THEN 650 + ((m.i * 37) % 4) * 100
                 WHEN 'PRB' THEN CASE WHEN m.h % 5 = 0 THEN 1500 END
       END,
       CASE WHEN m.ty IN ('PUR', 'SAL', 'RMG') THEN (145 + ((m.i * 7919) % 991) % 456) * 1000.00 END,
       CASE WHEN NOT m.is_new THEN 'X'
            WHEN ((m.i * 211) % 1031) % 100 < 35 THEN 'W'
            WHEN ((m.i * 211) % 1031) % 100 < 60 THEN 'R'
            WHEN ((m.i * 211) % 1031) % 100 < 85 AND m.ty IN ('PUR', 'SAL') THEN 'A'
            WHEN ((m.i * 211) % 1031) % 100 < 85 THEN 'R'
            ELSE 'O' END,
       CASE WHEN m.i % 97 = 0 THEN 'Conflict - we already act for the other party'
            WHEN m.st = 'A' AND m.ty = 'PUR' THEN 'Purchase fell through - survey issues'
            WHEN m.st = 'A' AND m.ty = 'SAL' THEN 'Buyer withdrew, chain collapsed'
            WHEN m.st = 'A' THEN 'Client withdrew instructions'
            WHEN m.st = 'H' AND m.ty = 'PRB' THEN 'On hold - dispute between beneficiaries'
            WHEN m.st = 'H' AND m.ty = 'PUR' THEN 'On hold - waiting for the seller to find a property'
            WHEN m.st = 'H' THEN 'On hold - client has asked us to pause'
            WHEN m.i % 13 = 0 THEN 'Client prefers email'
       END
FROM b6 m;

-- Set each client up from their first matter: executors for probate, some landlords' companies.
UPDATE client c SET
    added_dt = f.opened_dt - (c.client_id * 389 % 1009) % 3,
    client_type = CASE WHEN f.type_cd = 'PRB' THEN 'E'
                       WHEN f.type_cd IN ('PUR', 'SAL', 'RMG') AND c.client_id % 17 = 0 THEN 'C'
                       ELSE 'I' END,
    client_name = CASE WHEN f.type_cd = 'PRB' THEN 'Estate of the late ' || split_part(c.client_name, ' & ', 1)
                                                   || CASE WHEN c.client_name LIKE '% & %' THEN ' ' || split_part(split_part(c.client_name, ' & ', 2), ' ', 2) ELSE '' END
                       WHEN f.type_cd IN ('PUR', 'SAL', 'RMG') AND c.client_id % 17 = 0 THEN
                            split_part(c.client_name, ' ', array_length(string_to_array(c.client_name, ' '), 1)) || ' '
                            || (ARRAY['Properties','Estates','Holdings','Lettings'])[1 + c.client_id % 4] || ' Ltd'
                       ELSE c.client_name END
FROM (SELECT DISTINCT ON (client_id) client_id, type_cd, opened_dt FROM matters ORDER BY client_id, matter_id) f
WHERE f.client_id = c.client_id;

UPDATE client SET notes = 'Enquiry only - did not instruct', id_verified = false
WHERE NOT EXISTS (SELECT 1 FROM matters m WHERE m.client_id = client.client_id);

-- ---------------------------------------------------------------- conflict checks
-- Three files were opened without a check being recorded (picked up at the file audit).
INSERT INTO conflict_checks (chk_id, matter_id, chk_dt, checked_by, result, notes)
WITH c AS (
    SELECT m.matter_id, m.opened_dt - CASE WHEN m.matter_id % 4 = 0 AND extract(dow FROM m.opened_dt) <> 1 THEN 1 ELSE 0 END AS d,
           CASE t.dept WHEN 'Property' THEN 9 WHEN 'Private Client' THEN 10
                ELSE CASE WHEN m.opened_dt >= date '2026-01-01' THEN 8 ELSE 5 END END AS who,
           CASE t.dept WHEN 'Property' THEN 1 WHEN 'Private Client' THEN 2 ELSE 3 END AS partner,
           CASE WHEN m.matter_id % 97 = 0 THEN 'X'
                WHEN ((m.matter_id * 61) % 1031) % 100 < 6 THEN 'P'
                ELSE 'C' END AS res
    FROM matters m JOIN matter_types t USING (type_cd)
    WHERE m.matter_id NOT IN (433, 701, 777)
), rows AS (
    SELECT matter_id, d, who, res,
           CASE res WHEN 'X' THEN 'Other side is an existing client' WHEN 'P' THEN 'Name match with a former client - referred' END AS n,
           1 AS k FROM c
    UNION ALL
    SELECT matter_id, d + 1, partner, 'C', 'Reviewed by partner - different person, OK to act', 2 FROM c WHERE res = 'P'
)
SELECT row_number() OVER (ORDER BY d, matter_id, k), matter_id, d, who, res, n FROM rows;

-- ---------------------------------------------------------------- time recording
INSERT INTO time_entry (te_id, matter_id, fe_id, work_dt, units, activity, chargeable, rate, narrative)
WITH m AS (
    SELECT m.matter_id, m.fe_id, m.type_cd, m.opened_dt, t.dept,
           CASE WHEN m.st = 'H' THEN least(m.opened_dt + 60, date '2026-11-30')
                ELSE coalesce(m.closed_dt, date '2026-11-30') END AS span_end,
           CASE m.type_cd WHEN 'PUR' THEN 10 + m.matter_id % 8 WHEN 'SAL' THEN 8 + m.matter_id % 6
                          WHEN 'RMG' THEN 4 + m.matter_id % 3 WHEN 'WIL' THEN 3 + m.matter_id % 3
                          WHEN 'LPA' THEN 3 + m.matter_id % 2 WHEN 'PRB' THEN 18 + m.matter_id % 15
                          WHEN 'DIV' THEN 6 + m.matter_id % 6 WHEN 'CHD' THEN 10 + m.matter_id % 10
                          ELSE 14 + m.matter_id % 14 END AS n0
    FROM matters m JOIN matter_types t USING (type_cd)
    WHERE NOT EXISTS (SELECT 1 FROM conflict_checks c WHERE c.matter_id = m.matter_id AND c.result = 'X')
), m2 AS (
    SELECT m.*, greatest(1, least(n0, 1 + (span_end - opened_dt) / 3)) AS n FROM m
), e AS (
    SELECT m2.matter_id, m2.fe_id AS mfe, m2.dept, m2.type_cd, k,
           m2.opened_dt + ((k - 1) * (m2.span_end - m2.opened_dt)) / greatest(m2.n - 1, 1) AS d0,
           CASE WHEN k = 1 THEN 13 ELSE ((m2.matter_id * 31 + k * 17) % 101) % 20 END AS a,
           ((m2.matter_id * 7 + k * 11) % 1013) AS u,
           ((m2.matter_id * 13 + k * 7) % 1009) % 10 AS dlg
    FROM m2, generate_series(1, m2.n) AS k
), e2 AS (
    SELECT e.*, d0 - CASE extract(dow FROM d0) WHEN 6 THEN 1 WHEN 0 THEN 2 ELSE 0 END AS wd,
           CASE WHEN a < 4 THEN 'T' WHEN a < 9 THEN 'L' WHEN a < 13 THEN 'D' WHEN a < 15 THEN 'A'
                WHEN a = 15 THEN 'R'
                WHEN a = 16 THEN CASE WHEN type_cd IN ('DIV', 'CHD', 'FRM', 'PRB') THEN 'C' ELSE 'D' END
                WHEN a = 17 THEN 'V' ELSE 'X' END AS act
    FROM e
), e3 AS (
    SELECT e2.*,
           CASE WHEN dlg >= 7 AND k > 1 THEN
                     CASE dept WHEN 'Property' THEN CASE WHEN wd >= date '2024-09-02' AND k % 2 = 0 THEN 7 ELSE 9 END
                               WHEN 'Private Client' THEN 10
                               ELSE CASE WHEN wd >= date '2026-01-01' THEN 8 ELSE 3 END END
                WHEN mfe IN (6, 11) THEN CASE WHEN wd < date '2025-09-01' THEN 6 ELSE 11 END
                ELSE mfe END AS who
    FROM e2
)
SELECT row_number() OVER (ORDER BY e3.wd, e3.matter_id, e3.k),
       e3.matter_id, e3.who, e3.wd,
       CASE e3.act WHEN 'T' THEN 1 + u % 3 WHEN 'L' THEN 1 + u % 4 WHEN 'D' THEN 3 + u % 18
                   WHEN 'A' THEN CASE WHEN k = 1 THEN 10 ELSE 5 + u % 11 END
                   WHEN 'R' THEN 3 + u % 10 WHEN 'C' THEN 15 + u % 26 WHEN 'V' THEN 5 + u % 16
                   ELSE 1 + u % 3 END,
       e3.act,
       CASE WHEN e3.act = 'X' THEN false WHEN e3.act = 'V' THEN u % 2 = 0 ELSE u % 31 <> 0 END,
       f.hourly_rate - CASE extract(year FROM e3.wd) WHEN 2024 THEN 20 WHEN 2025 THEN 10 ELSE 0 END,
       CASE e3.act WHEN 'T' THEN 'Telephone call with client'
                   WHEN 'L' THEN (ARRAY['Email to client','Letter to other side','Emails with agents','Letter to client'])[1 + u % 4]
                   WHEN 'D' THEN (ARRAY['Drafting','Perusing documents','Reviewing title','Preparing statement'])[1 + u % 4]
                   WHEN 'A' THEN CASE WHEN k = 1 THEN 'Initial meeting - taking instructions' ELSE 'Meeting with client' END
                   WHEN 'R' THEN 'Research'
                   WHEN 'C' THEN 'Attending hearing'
                   WHEN 'V' THEN 'Travel'
                   ELSE 'File review' END
FROM e3 JOIN fee_earners f ON f.fe_id = e3.who;

-- ---------------------------------------------------------------- disbursements
INSERT INTO disbursements (disb_id, matter_id, disb_dt, disb_cd, payee, details, amt, vat_amt)
WITH tpl (ty, seq, cd, payee, details, base, var, vat, pos, pct, done_only) AS (VALUES
    ('PUR', 1, 'S', 'Shropshire Council',            'Local authority search',        160, 160, 0,   5, 100, false),
    ('PUR', 2, 'S', 'Groundsure',                    'Environmental search',           48,  24, 20,  5, 100, false),
    ('PUR', 3, 'S', 'Severn Trent',                  'Drainage and water search',      55,  30, 20,  5,  90, false),
    ('PUR', 4, 'L', 'HM Land Registry',              'Registration fee',                0,   0, 0, 100, 100, true),
    ('PUR', 5, 'T', 'HMRC',                          'Stamp duty land tax',             0,   0, 0, 100, 100, true),
    ('PUR', 6, 'O', 'Barclays',                      'CHAPS transfer fee',             36,   0, 20, 100, 100, true),
    ('PUR', 7, 'O', 'Thirdfort',                     'Electronic ID check',             6,   6, 20,  1, 100, false),
    ('SAL', 1, 'L', 'HM Land Registry',              'Official copies',                 7,   0, 0,   2, 100, false),
    ('SAL', 2, 'O', 'Thirdfort',                     'Electronic ID check',             6,   6, 20,  1, 100, false),
    ('SAL', 3, 'O', 'Barclays',                      'CHAPS transfer fee',             36,   0, 20, 100,  80, true),
    ('RMG', 1, 'L', 'HM Land Registry',              'Official copies',                 7,   0, 0,   2, 100, false),
    ('RMG', 2, 'L', 'HM Land Registry',              'Registration of new charge',     20,  25, 0, 100, 100, true),
    ('RMG', 3, 'S', 'HM Land Registry',              'Bankruptcy search',               2,   4, 0,   5, 100, false),
    ('LPA', 1, 'C', 'Office of the Public Guardian', 'LPA registration fee',            0,   0, 0,  50, 100, false),
    ('PRB', 1, 'C', 'HMCTS Probate',                 'Probate application fee',       300,   0, 0,  25, 100, false),
    ('PRB', 2, 'O', 'The Gazette',                   'Section 27 deceased estates notice', 80, 40, 20, 20, 90, false),
    ('PRB', 3, 'O', 'Shropshire Star',               'Newspaper notice to creditors',  90,  60, 20, 20, 60, false),
    ('PRB', 4, 'S', 'HM Land Registry',              'Bankruptcy searches',             2,  10, 0,  70,  80, false),
    ('PRB', 5, 'N', 'No5 Chambers',                  'Counsel - advice on the estate', 750, 750, 20, 50, 15, false),
    ('PRB', 6, 'O', 'Morris Marshall & Poole',       'Probate valuation of the house', 250, 200, 20, 15, 70, false),
    ('DIV', 1, 'C', 'HMCTS',                         'Divorce application fee',         0,   0, 0,   5, 100, false),
    ('CHD', 1, 'C', 'HMCTS',                         'C100 application fee',            0,   0, 0,   5, 100, false),
    ('CHD', 2, 'N', 'St Philips Chambers',           'Counsel - FHDRA',               450, 450, 20, 30,  50, false),
    ('CHD', 3, 'N', 'St Philips Chambers',           'Counsel - final hearing',       900, 900, 20, 85,  35, false),
    ('FRM', 1, 'C', 'HMCTS',                         'Form A application fee',          0,   0, 0,   5, 100, false),
    ('FRM', 2, 'O', 'Pension Sense',                 'Pension on divorce report',     600, 800, 20, 40,  60, false),
    ('FRM', 3, 'N', 'St Philips Chambers',           'Counsel - FDR hearing',        1500, 1500, 20, 60,  80, false),
    ('FRM', 4, 'N', 'No5 Chambers',                  'Counsel - final hearing',      2500, 2500, 20, 90,  45, false)
), m AS (
    SELECT m.*,
           ((m.matter_id * 104729) % 1013) % 100 AS h,
           CASE WHEN m.st = 'H' THEN least(m.opened_dt + 60, date '2026-11-30')
                WHEN m.st = 'O' THEN date '2026-11-30'
                ELSE m.closed_dt END AS span_end,
           CASE WHEN m.st IN ('C', 'A') THEN m.closed_dt
                ELSE m.opened_dt + CASE m.type_cd WHEN 'PUR' THEN 120 WHEN 'SAL' THEN 100 WHEN 'RMG' THEN 45
                                                  WHEN 'LPA' THEN 60 WHEN 'PRB' THEN 365 WHEN 'DIV' THEN 300
                                                  WHEN 'CHD' THEN 240 ELSE 320 END END AS plan_end
    FROM matters m
    WHERE NOT EXISTS (SELECT 1 FROM conflict_checks c WHERE c.matter_id = m.matter_id AND c.result = 'X')
), d AS (
    SELECT m.matter_id, m.type_cd, m.st, m.prop_value, m.h, t.*,
           m.opened_dt + ((m.plan_end - m.opened_dt) * t.pos) / 100 AS d0,
           m.span_end
    FROM m JOIN tpl t ON t.ty = m.type_cd
    WHERE ((m.matter_id * (t.seq + 3) * 7919) % 1009) % 100 < t.pct
      AND (NOT t.done_only OR m.st = 'C')
      AND (m.st <> 'A' OR t.pos <= 10)
), d2 AS (
    SELECT d.*, d0 - CASE extract(dow FROM d0) WHEN 6 THEN 1 WHEN 0 THEN 2 ELSE 0 END AS dd,
           ((matter_id * (seq + 5) * 104729) % 1013) AS hv
    FROM d
)
SELECT row_number() OVER (ORDER BY dd, matter_id, seq),
       matter_id, dd, cd, payee, details, amt, round(amt * vat / 100.0, 2)
FROM (
    SELECT d2.*,
           CASE
             WHEN ty = 'PUR' AND seq = 4 THEN CASE WHEN prop_value <= 200000 THEN 100 WHEN prop_value <= 500000 THEN 150 ELSE 295 END
             WHEN ty = 'PUR' AND seq = 5 THEN CASE WHEN h % 4 = 0 THEN 0 ELSE greatest(0, prop_value - 250000) * 0.05 END
             WHEN ty = 'LPA' THEN CASE WHEN h % 9 = 0 THEN 0 WHEN h % 9 = 1 THEN 41
                                       WHEN dd >= date '2025-11-17' THEN 92 ELSE 82 END
             WHEN ty = 'DIV' THEN CASE WHEN h % 7 = 0 THEN 0 WHEN dd >= date '2025-04-01' THEN 612 ELSE 593 END
             WHEN ty = 'CHD' AND seq = 1 THEN CASE WHEN h % 6 = 0 THEN 0 WHEN dd >= date '2025-04-01' THEN 263 ELSE 255 END
             WHEN ty = 'FRM' AND seq = 1 THEN CASE WHEN dd >= date '2025-04-01' THEN 313 ELSE 303 END
             WHEN var = 0 THEN base
             ELSE base + (hv % (var * 100 + 1)) / 100.0
           END AS amt
    FROM d2
    WHERE dd <= span_end
) x;

-- ---------------------------------------------------------------- bills
-- Fixed fee files get one bill at the end (an abortive fee if they fell through);
-- hourly files get a bill 75 days in and then every quarter, plus a final bill.
-- Interim bills that would go out over Christmas are dated 31 December (year-end push).
-- Hourly files whose number divides by 11 are on "bill at the end" terms.
INSERT INTO invoices (inv_id, matter_id, inv_dt, due_dt)
WITH cand AS (
    SELECT m.matter_id, m.closed_dt AS d, 1 AS k
    FROM matters m
    WHERE m.fixed_fee_amt IS NOT NULL AND m.st IN ('C', 'A') AND m.matter_id % 97 <> 0
    UNION ALL
    SELECT m.matter_id, m.opened_dt + 75 + 91 * j, 2 + j
    FROM matters m, generate_series(0, 15) AS j
    WHERE m.fixed_fee_amt IS NULL AND m.st IN ('O', 'C', 'A') AND m.matter_id % 11 <> 0
      AND m.opened_dt + 75 + 91 * j < coalesce(m.closed_dt, date '2026-11-30')
    UNION ALL
    SELECT m.matter_id, m.closed_dt, 99
    FROM matters m
    WHERE m.fixed_fee_amt IS NULL AND m.st IN ('C', 'A') AND m.matter_id % 97 <> 0
), c2 AS (
    SELECT matter_id, k,
           CASE WHEN k BETWEEN 2 AND 98 AND ((extract(month FROM d) = 12 AND extract(day FROM d) >= 20)
                                          OR (extract(month FROM d) = 1 AND extract(day FROM d) <= 8))
                THEN make_date(extract(year FROM d - 10)::int, 12, 31)
                ELSE d - CASE extract(dow FROM d) WHEN 6 THEN 1 WHEN 0 THEN 2 ELSE 0 END END AS d
    FROM cand
)
SELECT row_number() OVER (ORDER BY d, matter_id, k), matter_id, d, d + 30 FROM c2;

UPDATE time_entry t SET inv_id = (
    SELECT i.inv_id FROM invoices i
    WHERE i.matter_id = t.matter_id AND i.inv_dt >= t.work_dt
    ORDER BY i.inv_dt, i.inv_id LIMIT 1)
WHERE t.chargeable;

UPDATE disbursements d SET inv_id = (
    SELECT i.inv_id FROM invoices i
    WHERE i.matter_id = d.matter_id AND i.inv_dt >= d.disb_dt
    ORDER BY i.inv_dt, i.inv_id LIMIT 1);

-- hourly bills with nothing on them are never sent
DELETE FROM invoices i
USING matters m
WHERE m.matter_id = i.matter_id AND m.fixed_fee_amt IS NULL
  AND NOT EXISTS (SELECT 1 FROM time_entry t WHERE t.inv_id = i.inv_id)
  AND NOT EXISTS (SELECT 1 FROM disbursements d WHERE d.inv_id = i.inv_id);

UPDATE invoices i SET inv_no = x.no
FROM (SELECT inv_id, 'INV' || to_char(inv_dt, 'YY') || '-'
             || lpad((row_number() OVER (PARTITION BY extract(year FROM inv_dt) ORDER BY inv_dt, inv_id))::text, 4, '0') AS no
      FROM invoices) x
WHERE x.inv_id = i.inv_id;

INSERT INTO inv_lines (line_id, inv_id, line_no, line_type, descr, qty, unit_price, disc_pct, vat_rate)
WITH l AS (
    SELECT i.inv_id, 1 AS grp, 0 AS sub, 'F' AS lt,
           CASE WHEN m.st = 'A' THEN 'Abortive fee - ' ELSE 'Professional charges (fixed fee) - ' END || mt.descr AS descr,
           1.00 AS qty,
           CASE WHEN m.st = 'A' THEN round(m.fixed_fee_amt * 0.5, 0) ELSE m.fixed_fee_amt END AS up,
           CASE WHEN m.src = 'X' THEN 10 ELSE 0 END AS disc,
           20.0 AS vat
    FROM invoices i JOIN matters m USING (matter_id) JOIN matter_types mt USING (type_cd)
    WHERE m.fixed_fee_amt IS NOT NULL
    UNION ALL
    SELECT t.inv_id, 1, t.fe_id * 1000 + t.rate::int, 'F',
           'Professional charges - ' || f.full_name || ' at ' || to_char(t.rate, 'FM990.00') || ' per hour',
           sum(t.units) / 10.0, t.rate,
           CASE WHEN m.matter_id % 8 = 0 THEN 5 ELSE 0 END, 20.0
    FROM time_entry t JOIN matters m USING (matter_id) JOIN fee_earners f ON f.fe_id = t.fe_id
    WHERE m.fixed_fee_amt IS NULL AND t.inv_id IS NOT NULL
    GROUP BY t.inv_id, t.fe_id, f.full_name, t.rate, m.matter_id
    UNION ALL
    SELECT d.inv_id, 2, d.disb_id, 'D', d.details || ' (' || d.payee || ')', 1.00, d.amt, 0,
           CASE WHEN d.vat_amt > 0 THEN 20.0 ELSE 0.0 END
    FROM disbursements d WHERE d.inv_id IS NOT NULL
)
SELECT row_number() OVER (ORDER BY inv_id, grp, sub), inv_id,
       row_number() OVER (PARTITION BY inv_id ORDER BY grp, sub), lt, descr, qty, up, disc, vat
FROM l;

-- A will done free of charge for a member of staff's mother.
UPDATE inv_lines SET disc_pct = 100
WHERE line_type = 'F' AND inv_id = (
    SELECT min(i.inv_id) FROM invoices i JOIN matters m USING (matter_id)
    WHERE m.type_cd = 'WIL' AND m.st = 'C' AND i.inv_dt >= date '2025-03-01');
UPDATE matters SET notes = 'No charge - staff family member'
WHERE matter_id = (SELECT i.matter_id FROM invoices i JOIN inv_lines l USING (inv_id) WHERE l.disc_pct = 100 LIMIT 1);

UPDATE invoices i SET total_amt = x.t
FROM (SELECT inv_id,
             sum(round(qty * unit_price * (1 - disc_pct / 100), 2)
                 + round(round(qty * unit_price * (1 - disc_pct / 100), 2) * vat_rate / 100, 2)) AS t
      FROM inv_lines GROUP BY inv_id) x
WHERE x.inv_id = i.inv_id;

-- Payments. Completed purchases and sales, and estates, are paid from client account on the day.
UPDATE invoices i SET
    amt_paid = CASE
        WHEN i.total_amt = 0 THEN 0
        WHEN m.st = 'C' AND m.type_cd IN ('PUR', 'SAL') OR m.type_cd = 'PRB' AND m.st <> 'A' THEN i.total_amt
        WHEN p.p < 65 AND i.inv_dt + p.lag <= date '2026-11-30' THEN i.total_amt
        WHEN p.p < 65 THEN 0
        WHEN p.p < 78 THEN round(i.total_amt * (0.3 + (p.p % 5) * 0.1), 2)
        WHEN p.p < 84 AND i.inv_dt < date '2025-07-01' THEN round(i.total_amt * ((p.p % 3) * 0.2), 2)
        ELSE 0 END,
    paid_dt = CASE
        WHEN i.total_amt = 0 THEN i.inv_dt
        WHEN m.st = 'C' AND m.type_cd IN ('PUR', 'SAL') OR m.type_cd = 'PRB' AND m.st <> 'A' THEN i.inv_dt
        WHEN p.p < 65 AND i.inv_dt + p.lag <= date '2026-11-30' THEN i.inv_dt + p.lag
        END,
    written_off = (i.total_amt > 0 AND NOT (m.st = 'C' AND m.type_cd IN ('PUR', 'SAL') OR m.type_cd = 'PRB' AND m.st <> 'A')
                   AND p.p >= 78 AND p.p < 84 AND i.inv_dt < date '2025-07-01')
FROM matters m,
     (SELECT inv_id, ((inv_id * 41) % 1009) % 100 AS p, 5 + ((inv_id * 13) % 1013) % 55 AS lag FROM invoices) p
WHERE m.matter_id = i.matter_id AND p.inv_id = i.inv_id;

-- ---------------------------------------------------------------- client account
INSERT INTO client_acct_txn (txn_id, matter_id, txn_dt, txn_cd, amt, descr, pay_method)
WITH m AS (
    SELECT m.*, ((m.matter_id * 104729) % 1013) % 100 AS h,
           CASE WHEN m.matter_id % 5 = 0 THEN 1.0 ELSE 0.1 + (m.matter_id % 3) * 0.05 END AS dep
    FROM matters m
    WHERE NOT EXISTS (SELECT 1 FROM conflict_checks c WHERE c.matter_id = m.matter_id AND c.result = 'X')
), pur AS (
    SELECT m.*,
           coalesce((SELECT sum(d.amt) FROM disbursements d WHERE d.matter_id = m.matter_id AND d.disb_cd = 'T'), 0) AS sdlt,
           coalesce((SELECT sum(i.total_amt) FROM invoices i WHERE i.matter_id = m.matter_id), 0) AS bill
    FROM m WHERE m.type_cd = 'PUR' AND m.st = 'C'
), x AS (
    SELECT matter_id, opened_dt + 2 AS d, 1 AS s, 'R' AS cd, 350.00 AS amt, 'Money on account for searches' AS descr, 'BACS' AS pm
    FROM m WHERE type_cd = 'PUR' AND opened_dt + 2 <= least(coalesce(closed_dt, date '2026-11-30'), date '2026-11-30')
    UNION ALL
    SELECT matter_id, closed_dt - 3, 2, 'R', round(prop_value * dep + sdlt + bill - 350, 2), 'Completion funds from client', 'CHAPS' FROM pur
    UNION ALL
    SELECT matter_id, closed_dt - 1, 3, 'R', round(prop_value * (1 - dep), 2), 'Mortgage advance from lender', 'CHAPS' FROM pur WHERE dep < 1
    UNION ALL
    SELECT matter_id, closed_dt, 4, 'P', prop_value, 'Completion monies to seller''s solicitors', 'CHAPS' FROM pur
    UNION ALL
    SELECT matter_id, closed_dt, 5, 'P', sdlt, 'SDLT paid to HMRC', 'BACS' FROM pur WHERE sdlt > 0
    UNION ALL
    SELECT matter_id, closed_dt, 2, 'R', prop_value, 'Sale proceeds from buyer''s solicitors', 'CHAPS'
    FROM m WHERE type_cd = 'SAL' AND st = 'C'
    UNION ALL
    SELECT matter_id, closed_dt, 3, 'P', round(prop_value * 0.45, 2), 'Redemption of mortgage', 'CHAPS'
    FROM m WHERE type_cd = 'SAL' AND st = 'C' AND h % 4 <> 0
    UNION ALL
    SELECT matter_id, opened_dt + 30, 2, 'R', 20000 + (matter_id * 7919 % 1009) * 130.00, 'Estate funds - bank accounts closed', 'BACS'
    FROM m WHERE type_cd = 'PRB' AND st <> 'A'
      AND opened_dt + 30 <= CASE WHEN st = 'H' THEN least(opened_dt + 60, date '2026-11-30') ELSE coalesce(closed_dt, date '2026-11-30') END
    UNION ALL
    SELECT matter_id, opened_dt + 70, 3, 'R', 10000 + (matter_id * 104729 % 1013) * 240.00, 'Estate funds - investments encashed', 'BACS'
    FROM m WHERE type_cd = 'PRB' AND st IN ('O', 'C') AND h % 2 = 0
      AND opened_dt + 70 <= coalesce(closed_dt, date '2026-11-30')
    UNION ALL
    SELECT i.matter_id, i.inv_dt, 6, 'B', i.total_amt, 'Transfer to office account - ' || i.inv_no, 'TFR'
    FROM invoices i JOIN m USING (matter_id)
    WHERE i.total_amt > 0 AND (m.st = 'C' AND m.type_cd IN ('PUR', 'SAL') OR m.type_cd = 'PRB' AND m.st <> 'A')
)
SELECT row_number() OVER (ORDER BY d, matter_id, s), matter_id, d, cd, amt, descr, pm FROM x;

-- Anything left on a finished file goes back to the client (or out to the beneficiaries).
INSERT INTO client_acct_txn (txn_id, matter_id, txn_dt, txn_cd, amt, descr, pay_method)
SELECT (SELECT max(txn_id) FROM client_acct_txn) + row_number() OVER (ORDER BY m.closed_dt, m.matter_id),
       m.matter_id, m.closed_dt, 'P', b.bal,
       CASE m.type_cd WHEN 'PRB' THEN 'Final distribution to beneficiaries'
                      WHEN 'SAL' THEN 'Net sale proceeds to client'
                      ELSE 'Balance returned to client' END,
       'BACS'
FROM matters m
JOIN (SELECT matter_id, sum(CASE WHEN txn_cd = 'R' THEN amt ELSE -amt END) AS bal
      FROM client_acct_txn GROUP BY matter_id) b USING (matter_id)
WHERE m.st IN ('C', 'A') AND b.bal > 0;

-- ---------------------------------------------------------------- complaints
INSERT INTO complaints (cmp_id, matter_id, recvd_dt, category, handled_by, resolved_dt, outcome, ombudsman, redress_amt, notes)
WITH c AS (
    SELECT m.matter_id, m.st, m.opened_dt, m.closed_dt, t.dept,
           ((m.matter_id * 389) % 1009) AS q,
           least(CASE WHEN m.closed_dt IS NOT NULL AND m.matter_id % 2 = 0 THEN m.closed_dt + 12
                      ELSE m.opened_dt + (coalesce(m.closed_dt, date '2026-11-30') - m.opened_dt) * 6 / 10 END,
                 date '2026-11-27') AS r0
    FROM matters m JOIN matter_types t USING (type_cd)
    WHERE ((m.matter_id * 7) % 23 = 0 OR m.matter_id IN (598, 599)) AND m.matter_id % 97 <> 0
), c2 AS (
    SELECT c.*, r0 - CASE extract(dow FROM r0) WHEN 6 THEN 1 WHEN 0 THEN 2 ELSE 0 END AS rd,
           14 + q % 50 AS took
    FROM c
)
SELECT row_number() OVER (ORDER BY rd, matter_id), matter_id, rd,
       (ARRAY['Delay', 'Costs', 'Communication', 'Quality of advice', 'Staff attitude'])[1 + q % 5],
       CASE dept WHEN 'Property' THEN 1 WHEN 'Private Client' THEN 2 ELSE 3 END,
       CASE WHEN rd + took <= date '2026-11-30' AND q % 11 <> 0 THEN rd + took END,
       CASE WHEN rd + took <= date '2026-11-30' AND q % 11 <> 0 THEN (ARRAY['U', 'P', 'N', 'N', 'P', 'N'])[1 + q % 6] END,
       rd + took <= date '2026-11-30' AND q % 11 <> 0 AND (ARRAY['U', 'P', 'N', 'N', 'P', 'N'])[1 + q % 6] <> 'U'
           AND q % 3 = 0 AND rd < date '2026-03-01',
       CASE WHEN NOT (rd + took <= date '2026-11-30' AND q % 11 <> 0) THEN NULL
            WHEN (ARRAY['U', 'P', 'N', 'N', 'P', 'N'])[1 + q % 6] = 'N' THEN 0
            ELSE 50 + (q % 10) * 45 END,
       CASE WHEN q % 4 = 0 THEN 'Client unhappy with the final bill'
            WHEN q % 4 = 1 THEN 'Says we did not return calls'
            WHEN q % 4 = 2 THEN NULL
            ELSE 'Complained by email to the senior partner' END
FROM c2;

