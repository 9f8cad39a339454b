-- Kirkstall Road Guitar & Violin Workshop, Leeds -- our job book, moved off paper in January 2024.
-- People bring guitars, basses, violins, violas, cellos and bows in for setups, refrets,
-- crack repairs, electrics and bow rehairs. Every job gets a written estimate first; the
-- customer approves it or turns it down (if they decline, the instrument goes back unrepaired
-- and we don't charge). Sometimes we find more wrong on the bench and send a revised estimate.
-- A job is booked in, goes on the bench, sometimes waits on parts, is ready for collection and
-- finally collected -- collected date stays empty until it's picked up.
-- Whoever works on a job logs their hours against it at their hourly rate at the time.
-- Parts (strings, fret wire, bridges, pickups, bow hair...) come out of stock at cost and get
-- marked up; trade customers (shops and school music departments) get 10% off parts.
-- We raise the invoice when the job is ready; people can pay a deposit and the rest later.
-- Anything left here more than 90 days after it's ready gets a reminder letter, then a second,
-- then a final notice.
-- "Today" for this data is 30 November 2026.

DROP TABLE IF EXISTS reminder_letters;
DROP TABLE IF EXISTS payment;
DROP TABLE IF EXISTS invoices;
DROP TABLE IF EXISTS part_usage;
DROP TABLE IF EXISTS labour_log;
DROP TABLE IF EXISTS estimates;
DROP TABLE IF EXISTS job;
DROP TABLE IF EXISTS parts;
DROP TABLE IF EXISTS instrument;
DROP TABLE IF EXISTS technicians;
DROP TABLE IF EXISTS customers;

-- ---------------------------------------------------------------------------------------------
CREATE TABLE customers (
    cust_id     integer PRIMARY KEY,
    full_name   text    NOT NULL,
    email       text,
    phone       text,
    postcode    text,
    is_trade    boolean NOT NULL DEFAULT false,
    created_dt  date    NOT NULL,
    notes       text
);
COMMENT ON TABLE customers IS 'Everyone who has brought something in (or asked us to), private and trade';
COMMENT ON COLUMN customers.is_trade IS 'Trade account: music shops, schools, studios. Get 10% off parts and pay by bank transfer on account';
COMMENT ON COLUMN customers.created_dt IS 'Date they first came to us';
COMMENT ON COLUMN customers.email IS 'Empty if they would only give us a phone number';

CREATE TABLE technicians (
    tech_id      smallint PRIMARY KEY,
    name         text NOT NULL,
    speciality   char(1) NOT NULL,
    hourly_rate  numeric(6,2) NOT NULL,
    start_dt     date NOT NULL,
    leave_dt     date,
    active       boolean NOT NULL
);
COMMENT ON TABLE technicians IS 'The people on the benches';
COMMENT ON COLUMN technicians.speciality IS 'What they mostly do: G = guitars and basses, V = violin family and bows, A = apprentice / all-rounder';
COMMENT ON COLUMN technicians.hourly_rate IS 'Current hourly rate we charge for their time (goes up every April)';
COMMENT ON COLUMN technicians.leave_dt IS 'Last day with us; empty while still working here';

CREATE TABLE instrument (
    inst_id    integer PRIMARY KEY,
    cust_id    integer NOT NULL REFERENCES customers(cust_id),
    kind       char(1) NOT NULL,
    make       text,
    model      text,
    serial_no  text,
    yr_made    smallint,
    notes      text
);
COMMENT ON TABLE instrument IS 'Every instrument (or bow) we have had in, with its owner';
COMMENT ON COLUMN instrument.kind IS 'A = acoustic guitar, E = electric guitar, B = bass guitar, V = violin, L = viola, C = cello, W = bow';
COMMENT ON COLUMN instrument.yr_made IS 'Year made if known (often a guess for old fiddles); empty if no idea';
COMMENT ON COLUMN instrument.serial_no IS 'Serial number, empty if it has none / unreadable';

CREATE TABLE parts (
    part_id       integer PRIMARY KEY,
    sku           text NOT NULL UNIQUE,
    descr         text NOT NULL,
    cat           char(1) NOT NULL,
    unit_cost     numeric(8,2) NOT NULL,
    markup_pct    numeric(5,1) NOT NULL,
    qty_on_hand   integer NOT NULL,
    discontinued  boolean NOT NULL DEFAULT false,
    supplier      text
);
COMMENT ON TABLE parts IS 'Parts we keep in stock, current cost price and our markup';
COMMENT ON COLUMN parts.cat IS 'Category: S = strings, F = fret wire, B = bridges, P = pickups, N = nuts and saddles, H = bow hair, T = tuners and pegs, M = misc / electrics / workshop consumables';
COMMENT ON COLUMN parts.unit_cost IS 'What one costs us now, before markup';
COMMENT ON COLUMN parts.markup_pct IS 'Markup on cost in percent, 60 means we sell at cost x 1.6';
COMMENT ON COLUMN parts.discontinued IS 'We have stopped stocking it';

CREATE TABLE job (
    job_id        integer PRIMARY KEY,
    job_ref       text NOT NULL UNIQUE,
    inst_id       integer NOT NULL REFERENCES instrument(inst_id),
    job_type      char(1) NOT NULL,
    st            char(1) NOT NULL,
    booked_dt     date NOT NULL,
    ready_dt      date,
    collected_dt  date,
    lead_tech_id  smallint NOT NULL REFERENCES technicians(tech_id),
    rush          boolean NOT NULL DEFAULT false,
    notes         text
);
COMMENT ON TABLE job IS 'Job book: one row per repair job on one instrument';
COMMENT ON COLUMN job.job_type IS 'Type of job: S = setup, F = refret / fret work, K = crack repair, H = bow rehair, E = electrics / pickups, O = other';
COMMENT ON COLUMN job.st IS 'Where the job is: B = booked in, W = on the bench, P = waiting on parts, R = ready for collection, C = collected';
COMMENT ON COLUMN job.booked_dt IS 'Day the instrument was booked in';
COMMENT ON COLUMN job.ready_dt IS 'Day it was finished and ready to collect; empty while still being worked on';
COMMENT ON COLUMN job.collected_dt IS 'Day the customer picked it up; empty until collected';
COMMENT ON COLUMN job.lead_tech_id IS 'Technician responsible for the job';
COMMENT ON COLUMN job.rush IS 'Customer needed it back quickly (gig, exam, audition)';

CREATE TABLE estimates (
    est_id      integer PRIMARY KEY,
    job_id      integer NOT NULL REFERENCES job(job_id),
    est_no      smallint NOT NULL,
    issued_dt   date NOT NULL,
    est_amt     numeric(8,2) NOT NULL,
    decision    char(1) NOT NULL,
    decided_dt  date,
    notes       text
);
COMMENT ON TABLE estimates IS 'Written estimates given to customers; a job can get a revised (2nd) estimate if we find more work';
COMMENT ON COLUMN estimates.est_no IS '1 = first estimate, 2 = revised estimate (new total including the extra work)';
COMMENT ON COLUMN estimates.decision IS 'Customer answer: A = approved, D = declined, P = pending, no answer yet';
COMMENT ON COLUMN estimates.decided_dt IS 'When the customer gave their answer; empty while pending';

CREATE TABLE labour_log (
    log_id    integer PRIMARY KEY,
    job_id    integer NOT NULL REFERENCES job(job_id),
    tech_id   smallint NOT NULL REFERENCES technicians(tech_id),
    work_dt   date NOT NULL,
    hrs       numeric(4,2) NOT NULL,
    rate      numeric(6,2) NOT NULL,
    note      text
);
COMMENT ON TABLE labour_log IS 'Time sheets: hours each technician put in on a job, per day';
COMMENT ON COLUMN labour_log.hrs IS 'Hours worked, in quarter hours';
COMMENT ON COLUMN labour_log.rate IS 'Hourly rate charged for this entry (the technician''s rate at the time); 0 for warranty work';

CREATE TABLE part_usage (
    usage_id   integer PRIMARY KEY,
    job_id     integer NOT NULL REFERENCES job(job_id),
    part_id    integer NOT NULL REFERENCES parts(part_id),
    used_dt    date NOT NULL,
    qty        integer NOT NULL,
    unit_cost  numeric(8,2) NOT NULL,
    sell_ea    numeric(8,2) NOT NULL,
    disc_pct   numeric(4,1) NOT NULL DEFAULT 0
);
COMMENT ON TABLE part_usage IS 'Parts taken out of stock for a job';
COMMENT ON COLUMN part_usage.qty IS 'How many (sets of strings, 2ft lengths of fret wire, hanks of hair...)';
COMMENT ON COLUMN part_usage.unit_cost IS 'Our cost for one at the time it was used';
COMMENT ON COLUMN part_usage.sell_ea IS 'Price charged to the customer for one, before any discount (cost plus markup)';
COMMENT ON COLUMN part_usage.disc_pct IS 'Discount given on this line in percent: 10 for trade, sometimes 15 as goodwill';

CREATE TABLE invoices (
    inv_id      integer PRIMARY KEY,
    inv_no      text NOT NULL UNIQUE,
    job_id      integer NOT NULL UNIQUE REFERENCES job(job_id),
    inv_dt      date NOT NULL,
    labour_amt  numeric(10,2) NOT NULL,
    parts_amt   numeric(10,2) NOT NULL,
    total_amt   numeric(10,2) NOT NULL,
    paid_dt     date,
    notes       text
);
COMMENT ON TABLE invoices IS 'One invoice per job, raised the day the job is ready';
COMMENT ON COLUMN invoices.parts_amt IS 'Parts after discounts';
COMMENT ON COLUMN invoices.total_amt IS 'Labour plus parts; 0 when there is nothing to charge';
COMMENT ON COLUMN invoices.paid_dt IS 'Date the invoice was paid off in full; empty while anything is still owing';

CREATE TABLE payment (
    pay_id   integer PRIMARY KEY,
    inv_id   integer NOT NULL REFERENCES invoices(inv_id),
    pay_dt   date NOT NULL,
    amt      numeric(10,2) NOT NULL,
    method   char(1) NOT NULL,
    ref      text
);
COMMENT ON TABLE payment IS 'Money received against invoices (deposits, part payments, settlements)';
COMMENT ON COLUMN payment.method IS 'How they paid: C = card, K = cash, B = bank transfer, Q = cheque';
COMMENT ON COLUMN payment.ref IS 'Bank reference for transfers';

CREATE TABLE reminder_letters (
    letter_id  integer PRIMARY KEY,
    job_id     integer NOT NULL REFERENCES job(job_id),
    letter_no  smallint NOT NULL,
    sent_dt    date NOT NULL,
    via        char(1) NOT NULL,
    returned   boolean NOT NULL DEFAULT false,
    notes      text
);
COMMENT ON TABLE reminder_letters IS 'Reminders sent when a finished instrument has not been collected 90+ days after it was ready';
COMMENT ON COLUMN reminder_letters.letter_no IS '1 = first reminder (day 91), 2 = second reminder (day 150), 3 = final notice (day 240)';
COMMENT ON COLUMN reminder_letters.via IS 'Sent by: E = email, P = post';
COMMENT ON COLUMN reminder_letters.returned IS 'Came back undelivered / bounced';

-- ---------------------------------------------------------------------------------------------
-- customers: 400, the last two never brought anything in
INSERT INTO customers (cust_id, full_name, email, phone, postcode, is_trade, created_dt, notes)
SELECT i,
       nm,
       CASE WHEN i % 11 = 0 THEN NULL
            WHEN i % 25 = 0 THEN 'accounts@' || lower(regexp_replace(nm, '[^A-Za-z]+', '', 'g')) || '.co.uk'
            ELSE lower(regexp_replace(split_part(nm, ' ', 1), '[^A-Za-z]+', '', 'g')) || '.'
                 || lower(regexp_replace(substr(nm, strpos(nm, ' ') + 1), '[^A-Za-z]+', '', 'g'))
                 || (CASE WHEN i % 3 = 0 THEN (i % 90)::text ELSE '' END)
                 || (ARRAY['@gmail.com', '@hotmail.co.uk', '@btinternet.com', '@outlook.com', '@yahoo.co.uk'])[i % 5 + 1]
       END,
       CASE WHEN i % 25 = 0 THEN '0113 ' || lpad((2000000 + i * 7919 % 900000)::text, 7, '0')
            ELSE '07' || lpad(((i * 7919 + 1234567) % 1000000000)::text, 9, '0') END,
       (ARRAY['LS', 'LS', 'LS', 'LS', 'BD', 'HG', 'WF', 'LS'])[i % 8 + 1] || (1 + i * 7 % 28)::text || ' '
           || (1 + i % 9)::text || chr(65 + i * 3 % 26) || chr(65 + i * 11 % 26),
       i % 25 = 0,
       DATE '2024-01-01',
       CASE WHEN i % 31 = 0 THEN 'Prefers a phone call to email'
            WHEN i % 47 = 0 THEN 'Always pays cash'
            WHEN i % 59 = 0 THEN 'Plays in the Leeds Symphony Orchestra - often needs things back fast'
       END
FROM (
    SELECT i,
           CASE WHEN i % 25 = 0 THEN
                    (ARRAY['Headingley Music', 'Chapel Allerton Guitars', 'Kirkgate Strings', 'Otley Music Centre',
                           'Leeds Grammar School Music Dept', 'Harrogate Violin Shop', 'Wakefield Guitar Co',
                           'Ilkley Music Rooms', 'Calls Landing Studios', 'Roundhay School Music', 'Morley Band Supplies',
                           'Horsforth Music Hub', 'Pudsey Guitar Exchange', 'Armley Rehearsal Rooms',
                           'Bradford Folk Shop', 'Skipton Music'])[i / 25]
                ELSE (ARRAY['James', 'Sarah', 'Mohammed', 'Emma', 'Daniel', 'Aisha', 'Liam', 'Chloe', 'Oliver', 'Priya',
                            'Jack', 'Hannah', 'Harry', 'Sophie', 'Ryan', 'Megan', 'Tom', 'Grace', 'Adam', 'Zainab',
                            'Ben', 'Lucy', 'Callum', 'Niamh', 'Imran', 'Katie', 'Josh', 'Ellie', 'Sam', 'Fatima',
                            'Luke', 'Amy', 'Matthew', 'Rebecca', 'Nathan', 'Holly', 'Connor', 'Jess', 'Euan', 'Siobhan'])[i % 40 + 1]
                     || ' ' ||
                     (ARRAY['Smith', 'Jones', 'Taylor', 'Brown', 'Wilson', 'Khan', 'Hussain', 'Walker', 'Wright', 'Robinson',
                            'Thompson', 'White', 'Hughes', 'Edwards', 'Green', 'Hall', 'Wood', 'Harris', 'Lewis', 'Martin',
                            'Jackson', 'Clarke', 'Clark', 'Turner', 'Hill', 'Scott', 'Cooper', 'Morris', 'Ward', 'Moore',
                            'King', 'Watson', 'Baker', 'Harrison', 'Morgan', 'Patel', 'Young', 'Allen', 'Mitchell', 'James',
                            'Anderson', 'Phillips', 'Lee', 'Bell', 'Parker', 'Davis', 'O''Neill', 'Sutcliffe', 'Ackroyd', 'Hardcastle'])
                         [(21 * (i / 40) + 3 * (i % 40)) % 50 + 1]
           END AS nm
    FROM generate_series(1, 400) AS i
) s;

INSERT INTO technicians VALUES
    (1, 'Dave Marsden',  'G', 50.00, DATE '2009-05-01', NULL,               true),
    (2, 'Priya Shah',    'V', 48.00, DATE '2014-09-01', NULL,               true),
    (3, 'Tom Whitaker',  'G', 40.00, DATE '2019-02-11', DATE '2025-06-30', false),
    (4, 'Hannah Cole',   'G', 42.00, DATE '2024-03-01', NULL,               true),
    (5, 'Joe Brennan',   'A', 24.00, DATE '2025-09-01', NULL,               true),
    (6, 'Megan Lowe',    'A', 22.00, DATE '2026-11-23', NULL,               true);

-- instruments: 640, owned by customers 1..398 (399 and 400 never brought anything in)
INSERT INTO instrument (inst_id, cust_id, kind, make, model, serial_no, yr_made, notes)
SELECT i,
       -- most instruments come with a new customer; every third or so belongs to someone we already know
       -- (trade accounts - every 25th customer - bring in more than most)
       CASE WHEN NOT (i % 8 IN (2, 5, 7) OR nr > 398) THEN nr
            WHEN i % 3 = 0 AND nr >= 25 THEN 25 * (1 + (i / 3) % (least(nr, 398) / 25))
            ELSE 1 + (i * 37 + i / 7) % greatest(least(nr, 398), 1) END,
       kind,
       CASE kind
           WHEN 'A' THEN (ARRAY['Martin', 'Taylor', 'Yamaha', 'Gibson', 'Lowden', 'Furch', 'Faith', 'Takamine'])[i % 8 + 1]
           WHEN 'E' THEN (ARRAY['Fender', 'Gibson', 'Fender', 'Epiphone', 'PRS', 'Squier', 'Ibanez', 'Gretsch'])[i % 8 + 1]
           WHEN 'B' THEN (ARRAY['Fender', 'Fender', 'Music Man', 'Yamaha', 'Ibanez', 'Squier'])[i % 6 + 1]
           WHEN 'V' THEN (ARRAY['Stentor', 'unlabelled', 'Gliga', 'Yamaha', 'German trade', 'Hidersine', 'Mirecourt'])[i % 7 + 1]
           WHEN 'L' THEN (ARRAY['Stentor', 'unlabelled', 'Gliga'])[i % 3 + 1]
           WHEN 'C' THEN (ARRAY['Stentor', 'Hidersine', 'unlabelled', 'Gliga'])[i % 4 + 1]
           ELSE          (ARRAY['unbranded', 'Dorfler', 'Hill', 'Arcus', 'Coda', 'unbranded'])[i % 6 + 1]
       END,
       CASE kind
           WHEN 'A' THEN (ARRAY['D-28', '314ce', 'FG800', 'J-45', 'O-32', 'OM 34', 'Naked Mars', 'GD30CE'])[i % 8 + 1]
           WHEN 'E' THEN (ARRAY['Stratocaster', 'Les Paul Standard', 'Telecaster', 'SG Special', 'Custom 24', 'Classic Vibe Strat', 'RG550', 'G5420'])[i % 8 + 1]
           WHEN 'B' THEN (ARRAY['Precision Bass', 'Jazz Bass', 'StingRay', 'BB234', 'SR500', 'Classic Vibe P Bass'])[i % 6 + 1]
           WHEN 'V' THEN (ARRAY['Student II 4/4', 'Strad copy', 'Gems 1', 'V5 3/4', 'c.1900', 'Veracini', 'c.1890'])[i % 7 + 1]
           WHEN 'L' THEN (ARRAY['Student II 15.5in', '16in', 'Gems 1 16in'])[i % 3 + 1]
           WHEN 'C' THEN (ARRAY['Student I 4/4', 'Vivente', 'c.1920', 'Genial 1/2'])[i % 4 + 1]
           ELSE          (ARRAY['violin bow', 'violin bow', 'violin bow, silver mounted', 'cello bow', 'carbon fibre violin bow', 'double bass bow (French)'])[i % 6 + 1]
       END,
       CASE WHEN kind IN ('A', 'E', 'B') AND i % 7 <> 0 THEN
                (ARRAY['US', 'MX', 'KR', 'CN', 'ID', 'JP'])[i % 6 + 1] || (100000 + i * 7919 % 900000)::text END,
       CASE WHEN i % 5 = 0 THEN NULL
            WHEN kind IN ('A', 'E', 'B') THEN 1965 + (i * 13 % 60)
            WHEN kind = 'W' THEN 1950 + (i * 11 % 75)
            ELSE 1880 + (i * 17 % 145) END,
       CASE WHEN i % 37 = 0 THEN 'Sentimental value - was her grandad''s'
            WHEN i % 53 = 0 THEN 'Case latch broken, came in a gig bag'
            WHEN i % 71 = 0 THEN 'Previous bad repair on the neck' END
FROM (
    SELECT i,
           i - (i / 8) * 3 - CASE WHEN i % 8 >= 7 THEN 3 WHEN i % 8 >= 5 THEN 2 WHEN i % 8 >= 2 THEN 1 ELSE 0 END AS nr,
           CASE WHEN b < 28 THEN 'A' WHEN b < 56 THEN 'E' WHEN b < 66 THEN 'B' WHEN b < 82 THEN 'V'
                WHEN b < 86 THEN 'L' WHEN b < 92 THEN 'C' ELSE 'W' END AS kind
    FROM (SELECT i, (i * 29) % 100 AS b FROM generate_series(1, 640) AS i) x
) s;

INSERT INTO parts (part_id, sku, descr, cat, unit_cost, markup_pct, qty_on_hand, discontinued, supplier) VALUES
    ( 1, 'STR-EB10',  'Ernie Ball Regular Slinky 10-46',          'S',   4.20, 60.0, 48, false, 'Strings Direct'),
    ( 2, 'STR-EB09',  'Ernie Ball Super Slinky 9-42',             'S',   4.20, 60.0, 31, false, 'Strings Direct'),
    ( 3, 'STR-DA12',  'D''Addario EJ16 Phosphor Bronze 12-53',    'S',   6.10, 55.0, 40, false, 'Strings Direct'),
    ( 4, 'STR-DA11',  'D''Addario EJ26 Phosphor Bronze 11-52',    'S',   5.90, 55.0, 22, false, 'Strings Direct'),
    ( 5, 'STR-ELX12', 'Elixir Nanoweb 80/20 12-53',               'S',  11.50, 40.0, 18, false, 'Strings Direct'),
    ( 6, 'STR-BS45',  'D''Addario EXL170 bass 45-100',            'S',  14.80, 40.0, 12, false, 'Strings Direct'),
    ( 7, 'STR-VDOM',  'Thomastik Dominant violin set 4/4',        'S',  38.00, 35.0, 10, false, 'Stringers of Leeds'),
    ( 8, 'STR-VEVA',  'Pirastro Evah Pirazzi violin set 4/4',     'S',  62.00, 30.0,  6, false, 'Stringers of Leeds'),
    ( 9, 'STR-VLA',   'Thomastik Dominant viola set',             'S',  52.00, 30.0,  4, false, 'Stringers of Leeds'),
    (10, 'STR-CLO',   'Larsen cello set 4/4',                     'S', 140.00, 25.0,  3, false, 'Stringers of Leeds'),
    (11, 'STR-CLASS', 'Savarez Alliance classical set',           'S',   8.50, 50.0,  0, true,  'Strings Direct'),
    (12, 'FRT-MED',   'Dunlop 6105 medium fret wire, 2ft',        'F',   5.40, 80.0, 25, false, 'Luthiers Supplies UK'),
    (13, 'FRT-JUM',   'Dunlop 6100 jumbo fret wire, 2ft',         'F',   5.60, 80.0, 20, false, 'Luthiers Supplies UK'),
    (14, 'FRT-SS',    'Jescar stainless fret wire, 2ft',          'F',  12.00, 60.0, 14, false, 'Luthiers Supplies UK'),
    (15, 'BRG-VAUB',  'Aubert violin bridge blank',               'B',   9.50, 200.0, 30, false, 'Stringers of Leeds'),
    (16, 'BRG-VDES',  'Despiau violin bridge blank',              'B',  14.00, 180.0, 12, false, 'Stringers of Leeds'),
    (17, 'BRG-CLO',   'Aubert cello bridge blank',                'B',  24.00, 150.0,  5, false, 'Stringers of Leeds'),
    (18, 'BRG-TOM',   'Gotoh Tune-o-matic bridge',                'B',  28.00, 40.0,  4, false, 'Luthiers Supplies UK'),
    (19, 'BRG-TREM',  'Fender vintage trem bridge',               'B',  42.00, 35.0,  2, false, 'Luthiers Supplies UK'),
    (20, 'PU-SD59',   'Seymour Duncan SH-1 ''59 humbucker',       'P',  68.00, 25.0,  5, false, 'Guitar Electronics Ltd'),
    (21, 'PU-FTXM',   'Fender Tex-Mex Strat pickup set',          'P',  95.00, 25.0,  3, false, 'Guitar Electronics Ltd'),
    (22, 'PU-DA61',   'DiMarzio Area 61 single coil',             'P',  72.00, 25.0,  4, false, 'Guitar Electronics Ltd'),
    (23, 'PU-KKPM',   'K&K Pure Mini acoustic pickup',            'P',  85.00, 25.0,  6, false, 'Guitar Electronics Ltd'),
    (24, 'PU-LSG',    'Lace Sensor Gold',                         'P',  64.00, 25.0,  1, true,  'Guitar Electronics Ltd'),
    (25, 'NUT-BONE',  'Bone nut blank',                           'N',   3.20, 150.0, 40, false, 'Luthiers Supplies UK'),
    (26, 'SAD-BONE',  'Bone saddle blank',                        'N',   3.80, 150.0, 35, false, 'Luthiers Supplies UK'),
    (27, 'NUT-TUSQ',  'Graph Tech Tusq nut',                      'N',   6.50, 100.0, 20, false, 'Luthiers Supplies UK'),
    (28, 'HAIR-VN',   'Mongolian white horsehair hank, violin',   'H',  14.00, 250.0, 25, false, 'Stringers of Leeds'),
    (29, 'HAIR-VC',   'Horsehair hank, cello (heavy)',            'H',  18.00, 230.0, 10, false, 'Stringers of Leeds'),
    (30, 'HAIR-BLK',  'Black horsehair hank, double bass',        'H',  16.00, 230.0,  4, false, 'Stringers of Leeds'),
    (31, 'TUN-GRV',   'Grover Rotomatic tuners, set of 6',        'T',  38.00, 40.0,  6, false, 'Luthiers Supplies UK'),
    (32, 'TUN-KLU',   'Kluson vintage tuners, set of 6',          'T',  32.00, 40.0,  5, false, 'Luthiers Supplies UK'),
    (33, 'TUN-PEG',   'Ebony violin pegs, set of 4',              'T',  12.00, 150.0, 15, false, 'Stringers of Leeds'),
    (34, 'MSC-SPST',  'Spruce soundpost blank',                   'M',   1.50, 300.0, 60, false, 'Stringers of Leeds'),
    (35, 'MSC-GLUE',  'Hide glue and cleats (workshop stock)',    'M',   0.00,   0.0, 99, false, NULL),
    (36, 'MSC-POT',   'CTS 500k pot',                             'M',   4.50, 100.0, 30, false, 'Guitar Electronics Ltd'),
    (37, 'MSC-JACK',  'Switchcraft output jack',                  'M',   3.20, 100.0, 25, false, 'Guitar Electronics Ltd'),
    (38, 'MSC-ENDP',  'Cello endpin, carbon',                     'M',  22.00, 60.0,  3, false, 'Stringers of Leeds'),
    (39, 'PU-DMP',    'DiMarzio Model P bass pickup',             'P',  78.00, 25.0,  2, false, 'Guitar Electronics Ltd');

-- jobs: 1600, booked 2 Jan 2024 .. 30 Nov 2026
WITH base AS (
    SELECT g AS j, i.inst_id, i.kind, i.model,
           DATE '2024-01-02' + ((g - 1) * 1063 / 1599) AS booked_dt,
           CASE
               WHEN i.kind = 'W' THEN CASE WHEN h = 3 THEN 'O' ELSE 'H' END
               WHEN i.kind IN ('V', 'L', 'C') THEN
                   CASE WHEN h < 5 OR h = 9 THEN 'S' WHEN h < 8 THEN 'K' ELSE 'O' END
               WHEN i.kind = 'A' THEN
                   CASE WHEN h < 5 THEN 'S' WHEN h < 7 THEN 'F' WHEN h = 7 THEN 'K'
                        WHEN h = 8 THEN 'E' ELSE 'O' END
               ELSE
                   CASE WHEN h < 5 THEN 'S' WHEN h < 7 THEN 'F' WHEN h < 9 THEN 'E' ELSE 'O' END
           END AS job_type,
           (g % 19 = 0) AS rush
    FROM (SELECT g, (g * 7 + g / 11) % 10 AS h FROM generate_series(1, 1600) AS g) gg
    -- two jobs in five are an instrument we have not seen before, the rest are repeat visits
    JOIN instrument i ON i.inst_id = CASE WHEN g % 5 = 0 THEN 2 * (g / 5)
                                          WHEN g % 5 = 3 THEN 2 * (g / 5) + 1
                                          ELSE 1 + (g * 37) % greatest(2 * (g / 5), 1) END
), b2 AS (
    SELECT *,
           (j % 12 = 5 AND booked_dt < DATE '2026-11-24') AS declined,
           (2 + (j * 17 % 12)
              + CASE job_type WHEN 'F' THEN 12 WHEN 'K' THEN 16 WHEN 'E' THEN 5 WHEN 'H' THEN 4 WHEN 'O' THEN 6 ELSE 0 END
              + CASE WHEN j % 9 = 0 THEN 14 ELSE 0 END) / CASE WHEN rush THEN 2 ELSE 1 END AS tat,
           CASE WHEN j % 97 = 0 THEN 100000
                WHEN j % 41 = 0 THEN 95 + (j * 7 % 150)
                WHEN j % 13 = 0 THEN 14 + (j % 30)
                ELSE (j * 7 % 9) END AS cd,
           CASE
               WHEN kind IN ('V', 'L', 'C', 'W') THEN CASE WHEN j % 15 = 0 AND booked_dt >= DATE '2024-03-01' THEN 4 ELSE 2 END
               WHEN j % 5 IN (0, 1) THEN 1
               WHEN j % 5 = 2 THEN CASE WHEN booked_dt < DATE '2025-06-01' THEN 3 ELSE 4 END
               WHEN j % 5 = 3 THEN CASE WHEN booked_dt >= DATE '2024-03-01' THEN 4 ELSE 1 END
               ELSE CASE WHEN booked_dt >= DATE '2025-09-01' THEN 5 WHEN booked_dt < DATE '2025-06-01' THEN 3 ELSE 1 END
           END AS lead
    FROM base
), b3 AS (
    SELECT *,
           CASE WHEN declined THEN booked_dt + 3 ELSE booked_dt + tat END AS rc
    FROM b2
), b4 AS (
    SELECT *,
           CASE WHEN rc <= DATE '2026-11-30' THEN rc END AS ready_dt,
           CASE WHEN rc <= DATE '2026-11-30' AND rc + cd <= DATE '2026-11-30' THEN rc + cd END AS collected_dt
    FROM b3
)
INSERT INTO job (job_id, job_ref, inst_id, job_type, st, booked_dt, ready_dt, collected_dt, lead_tech_id, rush, notes)
SELECT j,
       'J' || to_char(booked_dt, 'YY') || '-' || lpad(j::text, 4, '0'),
       inst_id, job_type,
       CASE WHEN ready_dt IS NULL THEN
                CASE WHEN booked_dt >= DATE '2026-11-26' THEN 'B' WHEN j % 9 = 0 THEN 'P' ELSE 'W' END
            WHEN collected_dt IS NULL THEN 'R'
            ELSE 'C' END,
       booked_dt, ready_dt, collected_dt, lead, rush,
       CASE WHEN declined THEN 'Estimate declined - returned unrepaired'
            WHEN j % 89 = 0 THEN 'Warranty - comeback on our earlier work, labour not charged'
            WHEN rush THEN 'Needed for a gig / exam - rush'
            WHEN j % 23 = 0 THEN 'Customer to ring before we start anything extra' END
FROM b4;

UPDATE job SET notes = coalesce(notes || '; ', '') || 'Parts on order' WHERE st = 'P';

-- customers' first-visit date = first booking; the two with nothing booked keep their own dates
UPDATE customers c SET created_dt = s.first_dt
FROM (SELECT i.cust_id, min(j.booked_dt) AS first_dt FROM job j JOIN instrument i ON i.inst_id = j.inst_id GROUP BY i.cust_id) s
WHERE s.cust_id = c.cust_id;
UPDATE customers SET created_dt = DATE '2025-01-01', notes = 'Rang about a cello rehair quote, never came in' WHERE cust_id = 399;
UPDATE customers SET created_dt = DATE '2026-10-12', notes = 'Enquiry only - wants a quote for a refret' WHERE cust_id = 400;

-- estimates: a first estimate for every job, a revised one for some fret and crack jobs
INSERT INTO estimates (est_id, job_id, est_no, issued_dt, est_amt, decision, decided_dt, notes)
SELECT row_number() OVER (ORDER BY issued_dt, job_id, est_no), job_id, est_no, issued_dt, est_amt, decision, decided_dt, notes
FROM (
    SELECT j.job_id, 1 AS est_no, j.booked_dt AS issued_dt,
           (CASE j.job_type WHEN 'S' THEN 45 WHEN 'F' THEN 260 WHEN 'K' THEN 110 WHEN 'H' THEN 60
                            WHEN 'E' THEN 85 ELSE 40 END
            + (j.job_id * 37 % 101) * CASE WHEN j.job_type IN ('F', 'K') THEN 1.5 ELSE 0.5 END)::numeric(8,2) AS est_amt,
           CASE WHEN j.job_id % 12 = 5 AND j.booked_dt < DATE '2026-11-24' THEN 'D'
                WHEN j.st = 'B' AND j.job_id % 2 = 0 THEN 'P'
                ELSE 'A' END AS decision,
           CASE WHEN j.st = 'B' AND j.job_id % 2 = 0 THEN NULL
                ELSE least(j.booked_dt + j.job_id % 3, coalesce(j.ready_dt, DATE '2026-11-30')) END AS decided_dt,
           CASE WHEN j.job_id % 17 = 0 THEN 'Quoted over the phone, confirmed in writing' END AS notes
    FROM job j
    UNION ALL
    SELECT j.job_id, 2, j.booked_dt + 2,
           (CASE j.job_type WHEN 'F' THEN 260 ELSE 110 END + (j.job_id * 37 % 101) * 1.5
            + 40 + (j.job_id * 13 % 61) * 2)::numeric(8,2),
           CASE WHEN j.job_id % 4 = 0 THEN 'D' ELSE 'A' END,
           j.booked_dt + 3,
           'Revised - found more on the bench, new total'
    FROM job j
    WHERE j.job_type IN ('F', 'K') AND j.job_id % 3 = 0 AND j.st <> 'B'
      AND NOT (j.job_id % 12 = 5 AND j.booked_dt < DATE '2026-11-24')
      AND j.booked_dt + 3 <= DATE '2026-11-30'
) e;

-- labour: 1-4 entries per job that has been worked on
WITH w AS (
    SELECT j.job_id, j.job_type, j.lead_tech_id, g,
           1 + j.job_id % 3 + CASE WHEN j.job_type IN ('F', 'K') THEN 1 ELSE 0 END AS n,
           j.booked_dt, coalesce(j.ready_dt, DATE '2026-11-30') AS end_dt,
           (j.job_id % 89 = 0) AS warranty
    FROM job j CROSS JOIN generate_series(1, 4) AS g
    WHERE j.st <> 'B' AND NOT (j.job_id % 12 = 5 AND j.booked_dt < DATE '2026-11-24')
), w2 AS (
    SELECT *, booked_dt + ((end_dt - booked_dt) * g / n) AS work_dt
    FROM w WHERE g <= n
), w3 AS (
    SELECT *,
           CASE WHEN g = 3 THEN
                    CASE WHEN lead_tech_id = 5 THEN 1
                         WHEN work_dt >= DATE '2025-09-01' THEN 5
                         WHEN lead_tech_id <> 1 THEN 1
                         WHEN work_dt >= DATE '2024-03-01' THEN 4
                         ELSE 3 END
                WHEN lead_tech_id = 3 AND work_dt > DATE '2025-06-30' THEN 1
                ELSE lead_tech_id END AS tech,
           CASE job_type
               WHEN 'S' THEN 0.75 + (job_id * g * 7 % 6) * 0.25
               WHEN 'F' THEN 2.00 + (job_id * g * 7 % 9) * 0.25
               WHEN 'K' THEN 1.00 + (job_id * g * 7 % 8) * 0.25
               WHEN 'H' THEN 1.00 + (job_id * g * 7 % 3) * 0.25
               WHEN 'E' THEN 0.50 + (job_id * g * 7 % 6) * 0.25
               ELSE 0.50 + (job_id * g * 7 % 5) * 0.25 END AS hrs
    FROM w2
)
INSERT INTO labour_log (log_id, job_id, tech_id, work_dt, hrs, rate, note)
SELECT row_number() OVER (ORDER BY w3.work_dt, w3.job_id, w3.g), w3.job_id, w3.tech, w3.work_dt, w3.hrs,
       CASE WHEN w3.warranty THEN 0
            ELSE t.hourly_rate - CASE WHEN w3.work_dt < DATE '2024-04-01' THEN 6
                                      WHEN w3.work_dt < DATE '2025-04-01' THEN 4
                                      WHEN w3.work_dt < DATE '2026-04-01' THEN 2 ELSE 0 END END,
       CASE WHEN w3.warranty THEN 'Warranty - not charged'
            WHEN w3.g = 3 THEN 'Helping out'
            WHEN w3.job_id * w3.g % 43 = 0 THEN 'Took longer than quoted' END
FROM w3 JOIN technicians t ON t.tech_id = w3.tech;

-- parts used on jobs that have been worked on
WITH pj AS (
    SELECT j.job_id, j.job_type, i.kind, i.model, j.booked_dt, coalesce(j.ready_dt, DATE '2026-11-30') AS end_dt,
           c.is_trade,
           CASE i.kind
               WHEN 'A' THEN CASE WHEN j.job_id % 17 = 0 AND j.booked_dt < DATE '2025-10-01' THEN 11 WHEN j.job_id % 3 = 0 THEN 3 WHEN j.job_id % 3 = 1 THEN 4 ELSE 5 END
               WHEN 'E' THEN CASE WHEN j.job_id % 2 = 0 THEN 1 ELSE 2 END
               WHEN 'B' THEN 6
               WHEN 'V' THEN CASE WHEN j.job_id % 3 = 0 THEN 8 ELSE 7 END
               WHEN 'L' THEN 9
               WHEN 'C' THEN 10
           END AS strings
    FROM job j
    JOIN instrument i ON i.inst_id = j.inst_id
    JOIN customers c ON c.cust_id = i.cust_id
    WHERE j.st <> 'B' AND NOT (j.job_id % 12 = 5 AND j.booked_dt < DATE '2026-11-24')
), slots AS (
    SELECT pj.*, v.slot, v.part_id, v.qty
    FROM pj
    CROSS JOIN LATERAL (VALUES
        (1,
         CASE pj.job_type
             WHEN 'S' THEN CASE WHEN pj.kind IN ('V', 'L', 'C') AND pj.job_id % 2 = 1 THEN NULL ELSE pj.strings END
             WHEN 'F' THEN CASE WHEN pj.job_id / 10 % 5 = 0 THEN 14 WHEN pj.job_id / 10 % 5 IN (1, 2) THEN 13 ELSE 12 END
             WHEN 'K' THEN 35
             WHEN 'H' THEN CASE WHEN pj.model LIKE '%cello%' THEN 29 WHEN pj.model LIKE '%double bass%' THEN 30 ELSE 28 END
             WHEN 'E' THEN CASE WHEN pj.kind = 'A' THEN 23 WHEN pj.kind = 'B' THEN 39
                                WHEN pj.job_id % 3 = 0 THEN 20 WHEN pj.job_id % 3 = 1 THEN 21 ELSE 22 END
             ELSE CASE pj.kind WHEN 'V' THEN 33 WHEN 'L' THEN 33 WHEN 'C' THEN 38 WHEN 'W' THEN NULL
                               ELSE CASE WHEN pj.job_id / 10 % 2 = 0 THEN 31 ELSE 32 END END
         END,
         CASE pj.job_type WHEN 'F' THEN 2 + pj.job_id % 2
                          WHEN 'E' THEN CASE WHEN pj.kind = 'E' AND pj.job_id % 4 = 0 THEN 2 ELSE 1 END
                          ELSE 1 END),
        (2,
         CASE pj.job_type
             WHEN 'S' THEN CASE WHEN pj.kind IN ('V', 'L') AND pj.job_id % 3 = 0 THEN CASE WHEN pj.job_id % 2 = 0 THEN 15 ELSE 16 END
                                WHEN pj.kind = 'C' AND pj.job_id % 3 = 0 THEN 17
                                WHEN pj.kind = 'A' AND pj.job_id % 6 = 0 THEN 26
                                WHEN pj.kind IN ('E', 'B') AND pj.job_id % 6 = 0 THEN CASE WHEN pj.job_id % 4 = 0 THEN 27 ELSE 25 END
                           END
             WHEN 'F' THEN pj.strings
             WHEN 'K' THEN CASE WHEN pj.kind IN ('A', 'E', 'B') AND pj.job_id % 2 = 0 THEN pj.strings END
             WHEN 'E' THEN CASE WHEN pj.job_id % 2 = 0 THEN 36 END
         END,
         1),
        (3,
         CASE pj.job_type
             WHEN 'S' THEN CASE WHEN pj.kind IN ('V', 'L', 'C') AND pj.job_id % 4 = 1 THEN 34
                                WHEN pj.kind = 'E' AND pj.job_id % 25 = 0 THEN CASE WHEN pj.job_id % 2 = 0 THEN 18 ELSE 19 END END
             WHEN 'E' THEN CASE WHEN pj.job_id % 3 = 0 THEN 37 END
         END,
         1)
    ) AS v(slot, part_id, qty)
    WHERE v.part_id IS NOT NULL
), priced AS (
    SELECT s.*, least(s.booked_dt + 1 + s.job_id % 3, s.end_dt) AS used_dt, p.markup_pct,
           round(p.unit_cost * CASE WHEN least(s.booked_dt + 1 + s.job_id % 3, s.end_dt) < DATE '2025-01-01' THEN 0.92
                                    WHEN least(s.booked_dt + 1 + s.job_id % 3, s.end_dt) < DATE '2026-01-01' THEN 0.96
                                    ELSE 1 END, 2) AS cost
    FROM slots s JOIN parts p ON p.part_id = s.part_id
)
INSERT INTO part_usage (usage_id, job_id, part_id, used_dt, qty, unit_cost, sell_ea, disc_pct)
SELECT row_number() OVER (ORDER BY used_dt, job_id, slot), job_id, part_id, used_dt, qty, cost,
       round(cost * (1 + markup_pct / 100), 2),
       CASE WHEN is_trade THEN 10 WHEN job_id % 29 = 0 THEN 15 ELSE 0 END
FROM priced;

-- invoices: raised the day a job is ready
INSERT INTO invoices (inv_id, inv_no, job_id, inv_dt, labour_amt, parts_amt, total_amt, paid_dt, notes)
SELECT row_number() OVER (ORDER BY j.ready_dt, j.job_id),
       'INV' || to_char(j.ready_dt, 'YY') || '/'
           || lpad((row_number() OVER (PARTITION BY extract(year FROM j.ready_dt) ORDER BY j.ready_dt, j.job_id))::text, 4, '0'),
       j.job_id, j.ready_dt,
       coalesce(l.amt, 0), coalesce(p.amt, 0), coalesce(l.amt, 0) + coalesce(p.amt, 0),
       NULL,
       CASE WHEN j.job_id % 12 = 5 AND j.booked_dt < DATE '2026-11-24' THEN 'No charge - estimate declined'
            WHEN j.job_id % 89 = 0 THEN 'Warranty work' END
FROM job j
LEFT JOIN (SELECT job_id, round(sum(hrs * rate), 2) AS amt FROM labour_log GROUP BY job_id) l ON l.job_id = j.job_id
LEFT JOIN (SELECT job_id, round(sum(qty * sell_ea * (1 - disc_pct / 100)), 2) AS amt FROM part_usage GROUP BY job_id) p ON p.job_id = j.job_id
WHERE j.ready_dt IS NOT NULL;

-- payments
WITH iv0 AS (
    SELECT v.inv_id, v.inv_no, v.inv_dt, v.total_amt, j.collected_dt, c.is_trade, v.inv_id % 10 AS k,
           round(v.total_amt / 2, 2) AS half,
           CASE WHEN v.inv_id % 7 = 0 THEN 'K' WHEN v.inv_id % 7 = 1 THEN 'B'
                WHEN v.inv_id % 11 = 2 AND v.inv_dt < DATE '2025-01-01' THEN 'Q' ELSE 'C' END AS m
    FROM invoices v
    JOIN job j ON j.job_id = v.job_id
    JOIN instrument i ON i.inst_id = j.inst_id
    JOIN customers c ON c.cust_id = i.cust_id
    WHERE v.total_amt > 0
), iv AS (
    -- deposit when it's ready, rest on collection (only if they don't collect straight away)
    SELECT *, (k IN (6, 7) AND (collected_dt IS NULL OR collected_dt > inv_dt + 1)) AS split,
           -- paid half and still owe the rest
           (inv_id % 20 = 8) AS part_only,
           -- paid half, settled the rest a month after collecting
           (inv_id % 20 = 18) AS late_rest
    FROM iv0
), pp AS (
    SELECT inv_id, inv_no, inv_dt + 14 + inv_id % 17 AS pay_dt,
           CASE WHEN part_only THEN half ELSE total_amt END AS amt, 'B' AS method
    FROM iv WHERE is_trade
    UNION ALL
    SELECT inv_id, inv_no, inv_dt, half, 'C' FROM iv WHERE NOT is_trade AND (split OR part_only OR late_rest)
    UNION ALL
    SELECT inv_id, inv_no, collected_dt, total_amt - half, m FROM iv
    WHERE NOT is_trade AND split AND collected_dt IS NOT NULL
    UNION ALL
    SELECT inv_id, inv_no, collected_dt + 30, total_amt - half, 'B' FROM iv
    WHERE NOT is_trade AND late_rest AND collected_dt IS NOT NULL
    UNION ALL
    SELECT inv_id, inv_no, collected_dt, total_amt, m FROM iv
    WHERE NOT is_trade AND NOT (split OR part_only OR late_rest) AND collected_dt IS NOT NULL
)
INSERT INTO payment (pay_id, inv_id, pay_dt, amt, method, ref)
SELECT row_number() OVER (ORDER BY pay_dt, inv_id, amt), inv_id, pay_dt, amt, method,
       CASE WHEN method = 'B' THEN 'BACS ' || inv_no END
FROM pp
WHERE pay_dt <= DATE '2026-11-30';

UPDATE invoices v SET paid_dt = s.last_dt
FROM (SELECT inv_id, sum(amt) AS paid, max(pay_dt) AS last_dt FROM payment GROUP BY inv_id) s
WHERE s.inv_id = v.inv_id AND s.paid >= v.total_amt;
UPDATE invoices SET paid_dt = inv_dt WHERE total_amt = 0;

-- reminder letters for things left more than 90 days after they were ready
INSERT INTO reminder_letters (letter_id, job_id, letter_no, sent_dt, via, returned, notes)
SELECT row_number() OVER (ORDER BY j.ready_dt + v.d, j.job_id), j.job_id, v.n, j.ready_dt + v.d,
       CASE WHEN v.n = 1 AND c.email IS NOT NULL THEN 'E' ELSE 'P' END,
       (CASE WHEN v.n = 1 AND c.email IS NOT NULL THEN 'E' ELSE 'P' END) = 'P' AND j.job_id % 3 = 0,
       CASE WHEN v.n = 3 THEN 'Final notice - will be sold to cover costs if not collected in 28 days' END
FROM job j
JOIN instrument i ON i.inst_id = j.inst_id
JOIN customers c ON c.cust_id = i.cust_id
CROSS JOIN (VALUES (1, 91), (2, 150), (3, 240)) AS v(n, d)
WHERE j.ready_dt IS NOT NULL
  AND j.ready_dt + v.d <= DATE '2026-11-30'
  AND (j.collected_dt IS NULL OR j.collected_dt > j.ready_dt + v.d);
