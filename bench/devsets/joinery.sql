-- Hadfield & Marsh Joinery, Great Longstone, Derbyshire.
-- Two of us (Tom and Ellie) in a converted barn workshop, making commissioned oak and ash
-- dining tables, kitchens, staircases and fitted wardrobes for houses round the Peak District.
-- Someone gets in touch (an enquiry), we go and look if needed and send a quote. A quote is
-- accepted, declined, lapses if we hear nothing for 30 days, or we're still waiting to hear.
-- An accepted quote becomes a job: deposit up front, a due date we promise, and a finished
-- date once it's out of the workshop and fitted (empty while we're still on it).
-- Timber comes by the cubic metre from a few yards (oak, ash, walnut, redwood pine) and is
-- issued to jobs from the racks, so each issue points back at the batch it came from.
-- We both log our hours per job per day with what we were doing; Jake was our apprentice
-- until summer 2025 and Dave helps with fitting now and then.
-- Invoices go out at stages (deposit, a stage payment on big jobs, final) and get paid or not.
-- Everything carries a 12-month guarantee, so the odd job comes back for snagging.
-- Data runs from January 2024 to 30 November 2026.

DROP TABLE IF EXISTS snag_repairs;
DROP TABLE IF EXISTS sundries;
DROP TABLE IF EXISTS invoices;
DROP TABLE IF EXISTS hours_log;
DROP TABLE IF EXISTS stock_issue;
DROP TABLE IF EXISTS timber_purchases;
DROP TABLE IF EXISTS yards;
DROP TABLE IF EXISTS staff;
DROP TABLE IF EXISTS job;
DROP TABLE IF EXISTS quotes;
DROP TABLE IF EXISTS enquiry;
DROP TABLE IF EXISTS customers;

-- ---------------------------------------------------------------- tables

CREATE TABLE customers (
    cust_id   integer PRIMARY KEY,
    name      text NOT NULL,
    village   text,
    county    text,
    phone     text,
    email     text,
    src       char(1),
    trade     boolean NOT NULL DEFAULT false,
    added_dt  date,
    notes     text
);
COMMENT ON TABLE customers IS 'Everyone who has been in touch with us, plus a few names from the shows who never sent an enquiry.';
COMMENT ON COLUMN customers.src IS 'How they found us: W = website, R = recommended by someone we did work for, S = saw us at a show (Bakewell, Chatsworth), I = Instagram. Empty = don''t know.';
COMMENT ON COLUMN customers.trade IS 'Trade customer (builder, architect, kitchen designer) rather than a homeowner.';
COMMENT ON COLUMN customers.added_dt IS 'Date they went into the book (first enquiry, or the show we met them at).';

CREATE TABLE enquiry (
    enq_id      integer PRIMARY KEY,
    cust_id     integer NOT NULL REFERENCES customers (cust_id),
    enq_dt      date NOT NULL,
    kind        char(1) NOT NULL,
    descr       text,
    budget_amt  numeric(10,2),
    site_visit  boolean NOT NULL DEFAULT false
);
COMMENT ON TABLE enquiry IS 'Each time somebody asks us to make something.';
COMMENT ON COLUMN enquiry.kind IS 'What they want: T = table, K = kitchen, S = staircase, W = built-in wardrobe.';
COMMENT ON COLUMN enquiry.budget_amt IS 'Rough budget in pounds if they gave us one, empty if they didn''t say.';
COMMENT ON COLUMN enquiry.site_visit IS 'We went out to the house to measure up before quoting.';

CREATE TABLE quotes (
    quote_id   integer PRIMARY KEY,
    enq_id     integer NOT NULL REFERENCES enquiry (enq_id),
    quote_ref  text NOT NULL UNIQUE,
    quoted_dt  date NOT NULL,
    amt        numeric(10,2) NOT NULL,
    st         char(1) NOT NULL,
    answer_dt  date,
    notes      text
);
COMMENT ON TABLE quotes IS 'Quotes we have sent out, one per enquiry that got as far as a price.';
COMMENT ON COLUMN quotes.amt IS 'Price quoted in pounds, ex VAT.';
COMMENT ON COLUMN quotes.st IS 'Status: A = accepted, D = declined, L = lapsed (no answer within 30 days), P = still waiting to hear.';
COMMENT ON COLUMN quotes.answer_dt IS 'Day they said yes or no. Empty if they never answered or we are still waiting.';

CREATE TABLE job (
    job_no       integer PRIMARY KEY,
    quote_id     integer NOT NULL UNIQUE REFERENCES quotes (quote_id),
    title        text NOT NULL,
    start_dt     date NOT NULL,
    due_dt       date NOT NULL,
    finished_dt  date,
    deposit_amt  numeric(10,2) NOT NULL,
    on_site      boolean NOT NULL,
    notes        text
);
COMMENT ON TABLE job IS 'Work we have taken on: one job per accepted quote.';
COMMENT ON COLUMN job.start_dt IS 'Day it went on the bench (planned, if still in the future).';
COMMENT ON COLUMN job.due_dt IS 'Date we promised the customer.';
COMMENT ON COLUMN job.finished_dt IS 'Day it was delivered/fitted and signed off. Empty = not finished yet (still in the workshop or not started).';
COMMENT ON COLUMN job.deposit_amt IS 'Deposit asked for in pounds; 0 where we waived it (trade and repeat customers).';
COMMENT ON COLUMN job.on_site IS 'Needs fitting at the customer''s house (kitchens, stairs, wardrobes). Tables are just delivered.';

CREATE TABLE staff (
    staff_id   smallint PRIMARY KEY,
    full_name  text NOT NULL,
    initials   char(2) NOT NULL,
    role       char(1) NOT NULL,
    day_rate   numeric(7,2),
    active     boolean NOT NULL,
    left_dt    date
);
COMMENT ON TABLE staff IS 'People who log hours.';
COMMENT ON COLUMN staff.role IS 'O = owner/partner, A = apprentice, F = freelance fitter (paid by the day).';
COMMENT ON COLUMN staff.day_rate IS 'What a day of their time costs us, for pricing. Pounds.';
COMMENT ON COLUMN staff.left_dt IS 'Last day with us; empty if still here.';

CREATE TABLE yards (
    yard_id    smallint PRIMARY KEY,
    yard_name  text NOT NULL,
    town       text,
    acct_no    text,
    still_use  boolean NOT NULL
);
COMMENT ON TABLE yards IS 'Timber yards and sawmills we buy from.';
COMMENT ON COLUMN yards.still_use IS 'We still buy from them (Northern Softwoods shut in 2025).';

CREATE TABLE timber_purchases (
    purch_id      integer PRIMARY KEY,
    yard_id       smallint NOT NULL REFERENCES yards (yard_id),
    species       char(1) NOT NULL,
    kd            boolean NOT NULL,
    bought_dt     date NOT NULL,
    m3            numeric(6,3) NOT NULL,
    price_per_m3  numeric(8,2) NOT NULL,
    del_note      text
);
COMMENT ON TABLE timber_purchases IS 'Timber bought in, one row per delivery/batch.';
COMMENT ON COLUMN timber_purchases.species IS 'O = oak, A = ash, W = walnut, P = pine (redwood).';
COMMENT ON COLUMN timber_purchases.kd IS 'Kiln dried (true) or air dried (false).';
COMMENT ON COLUMN timber_purchases.m3 IS 'Cubic metres in the batch.';
COMMENT ON COLUMN timber_purchases.price_per_m3 IS 'Price per cubic metre in pounds, ex VAT.';
COMMENT ON COLUMN timber_purchases.del_note IS 'Yard''s delivery note number, if we kept it.';

CREATE TABLE stock_issue (
    issue_id  integer PRIMARY KEY,
    job_no    integer NOT NULL REFERENCES job (job_no),
    purch_id  integer NOT NULL REFERENCES timber_purchases (purch_id),
    issue_dt  date NOT NULL,
    qty_m3    numeric(6,3) NOT NULL
);
COMMENT ON TABLE stock_issue IS 'Timber taken off the racks for a job; purch_id is the batch it came out of.';
COMMENT ON COLUMN stock_issue.qty_m3 IS 'Cubic metres taken.';

CREATE TABLE hours_log (
    log_id    integer PRIMARY KEY,
    job_no    integer NOT NULL REFERENCES job (job_no),
    staff_id  smallint NOT NULL REFERENCES staff (staff_id),
    work_dt   date NOT NULL,
    task      char(1) NOT NULL,
    hrs       numeric(4,2) NOT NULL,
    UNIQUE (job_no, staff_id, work_dt)
);
COMMENT ON TABLE hours_log IS 'Timesheet: hours per job per person per day.';
COMMENT ON COLUMN hours_log.task IS 'What we were doing: M = machining, A = assembly, F = finishing (sanding, oiling, lacquer), S = fitting on site.';

CREATE TABLE invoices (
    inv_no      integer PRIMARY KEY,
    job_no      integer NOT NULL REFERENCES job (job_no),
    inv_ref     text NOT NULL UNIQUE,
    stage       char(1) NOT NULL,
    raised_dt   date NOT NULL,
    amt         numeric(10,2) NOT NULL,
    paid_dt     date,
    pay_method  char(1)
);
COMMENT ON TABLE invoices IS 'Invoices we have sent.';
COMMENT ON COLUMN invoices.stage IS 'D = deposit, S = stage payment (kitchens and stairs, halfway through), F = final on completion, R = repair charged outside the guarantee.';
COMMENT ON COLUMN invoices.amt IS 'Amount in pounds, ex VAT.';
COMMENT ON COLUMN invoices.paid_dt IS 'Day the money arrived. Empty = not paid yet.';
COMMENT ON COLUMN invoices.pay_method IS 'B = bank transfer, C = cheque, K = card, X = cash. Empty until paid.';

CREATE TABLE sundries (
    sundry_id  integer PRIMARY KEY,
    job_no     integer NOT NULL REFERENCES job (job_no),
    bought_dt  date NOT NULL,
    item       text NOT NULL,
    supplier   text NOT NULL,
    qty        integer NOT NULL,
    unit_cost  numeric(8,2) NOT NULL,
    disc_pct   numeric(4,1) NOT NULL DEFAULT 0
);
COMMENT ON TABLE sundries IS 'Hardware, finishes and consumables bought for a job (hinges, runners, oil, glue...).';
COMMENT ON COLUMN sundries.unit_cost IS 'List price each, pounds, before our trade discount.';
COMMENT ON COLUMN sundries.disc_pct IS 'Trade discount we got, in percent (0 when bought over the counter).';

CREATE TABLE snag_repairs (
    snag_id      integer PRIMARY KEY,
    job_no       integer NOT NULL REFERENCES job (job_no),
    reported_dt  date NOT NULL,
    problem      text NOT NULL,
    under_guar   boolean NOT NULL,
    fixed_dt     date,
    hrs          numeric(4,1),
    charge_amt   numeric(8,2) NOT NULL DEFAULT 0
);
COMMENT ON TABLE snag_repairs IS 'Jobs that came back with a problem after we finished them.';
COMMENT ON COLUMN snag_repairs.under_guar IS 'Reported within the 12-month guarantee, so no charge.';
COMMENT ON COLUMN snag_repairs.fixed_dt IS 'Day we sorted it. Empty = still to do.';
COMMENT ON COLUMN snag_repairs.hrs IS 'Hours it took to put right.';
COMMENT ON COLUMN snag_repairs.charge_amt IS 'What we charged for it in pounds (0 under guarantee).';

-- ---------------------------------------------------------------- data

INSERT INTO staff VALUES
    (1, 'Tom Hadfield',  'TH', 'O', 220.00, true,  NULL),
    (2, 'Ellie Marsh',   'EM', 'O', 220.00, true,  NULL),
    (3, 'Jake Booth',    'JB', 'A',  95.00, false, DATE '2025-08-15'),
    (4, 'Dave Kirkland', 'DK', 'F', 240.00, true,  NULL);

INSERT INTO yards VALUES
    (1, 'Peak Hardwoods',         'Matlock',      'PH-2291', true),
    (2, 'Whitmore & Sons Timber', 'Sheffield',    'WS/0457', true),
    (3, 'Dale Sawmill',           'Leek',         'DALE-88', true),
    (4, 'Northern Softwoods',     'Chesterfield', 'NS1204',  false);

-- customers: 320, the last 20 never sent an enquiry (met at shows)
INSERT INTO customers (cust_id, name, village, county, phone, email, src, trade, added_dt, notes)
SELECT i,
       CASE WHEN i % 23 = 0
            THEN ln || (ARRAY[' Builders', ' Architects', ' Interiors', ' Developments'])[1 + (i / 23) % 4]
            ELSE fn || ' ' || ln END,
       (ARRAY['Bakewell','Hathersage','Castleton','Buxton','Matlock','Tideswell','Eyam',
              'Hope','Ashbourne','Glossop','Leek','Longnor','Sheffield','Macclesfield'])[1 + (i * 11) % 14],
       (ARRAY['Derbyshire','Derbyshire','Derbyshire','Derbyshire','Derbyshire','Derbyshire','Derbyshire',
              'Derbyshire','Derbyshire','Derbyshire','Staffordshire','Staffordshire','South Yorkshire','Cheshire'])[1 + (i * 11) % 14],
       CASE WHEN i % 13 = 0 THEN NULL
            ELSE '07' || lpad(((i * 7919 + 1234567) % 1000000000)::text, 9, '0') END,
       CASE WHEN i % 9 = 0 THEN NULL
            WHEN i % 23 = 0 THEN 'office@' || lower(ln) || '.co.uk'
            ELSE lower(fn) || '.' || lower(ln) || '@' ||
                 (ARRAY['gmail.com','btinternet.com','outlook.com','yahoo.co.uk','icloud.com'])[1 + i % 5] END,
       CASE WHEN i > 300 THEN 'S'
            WHEN i % 10 IN (0, 1, 2) THEN 'W'
            WHEN i % 10 IN (3, 4, 5) THEN 'R'
            WHEN i % 10 = 6 THEN 'S'
            WHEN i % 10 IN (7, 8) THEN 'I'
            ELSE NULL END,
       i % 23 = 0,
       CASE WHEN i > 300 THEN DATE '2024-08-15' + ((i - 301) / 10) * 364 END,
       CASE WHEN i % 37 = 0 THEN 'Prefers a call after 6pm'
            WHEN i % 41 = 0 THEN 'Dog on site - keep the gate shut'
            WHEN i % 53 = 0 THEN 'Narrow lane, van only, no lorry'
            WHEN i > 300 AND i % 4 = 0 THEN 'Took a card at the show, interested in a table' END
FROM (SELECT i,
             (ARRAY['Sarah','James','Helen','David','Rachel','Mark','Claire','Andrew','Emma','Richard',
                    'Lucy','Peter','Joanne','Simon','Kate','Neil','Fiona','Gareth','Anna','Martin'])[1 + i % 20] AS fn,
             (ARRAY['Bagshaw','Hadfield','Eyre','Froggatt','Needham','Bradwell','Wain','Mellor','Gregory','Slack',
                    'Furness','Outram','Hallam','Marsden','Frost','Barber','Cocker','Revell','Wragg','Hibbert',
                    'Lomas','Bramwell','Staley','Gould','Ollerenshaw'])[1 + (i * 7 + i / 20) % 25] AS ln
      FROM generate_series(1, 320) AS i) s;

-- enquiries: 420 between January 2024 and late November 2026
INSERT INTO enquiry (enq_id, cust_id, enq_dt, kind, descr, budget_amt, site_visit)
SELECT i,
       1 + (i * 131) % 300,
       DATE '2024-01-02' + ((i - 1) * 1055 / 419) + (i * 17 % 5),
       k,
       CASE k
         WHEN 'T' THEN (ARRAY['Oak dining table for 8','Walnut coffee table','Ash farmhouse table and benches',
                              'Extending oak table','Oak desk for the study'])[1 + i % 5]
         WHEN 'W' THEN (ARRAY['Fitted wardrobes in the eaves','Alcove wardrobes either side of chimney',
                              'Walk-in wardrobe','Under-stairs cupboard and coats'])[1 + i % 4]
         WHEN 'K' THEN (ARRAY['Painted shaker kitchen','Oak kitchen with island','Utility room units',
                              'Kitchen in barn conversion'])[1 + i % 4]
         ELSE (ARRAY['Oak staircase replacement','Cottage winder stairs','New spindles and handrail',
                     'Open tread stair for barn'])[1 + i % 4] END,
       CASE WHEN i % 4 = 0 THEN NULL
            WHEN k = 'T' THEN 1500 + (i * 7 % 8) * 250
            WHEN k = 'W' THEN 3000 + (i * 7 % 8) * 500
            WHEN k = 'K' THEN 12000 + (i * 7 % 8) * 2000
            ELSE 6000 + (i * 7 % 8) * 1000 END,
       k <> 'T' OR i % 5 = 0
FROM (SELECT i,
             CASE WHEN (i * 37) % 100 < 40 THEN 'T'
                  WHEN (i * 37) % 100 < 65 THEN 'W'
                  WHEN (i * 37) % 100 < 85 THEN 'K'
                  ELSE 'S' END AS k
      FROM generate_series(1, 420) AS i) s;

-- New Year's Day enquiry (an email sent over the holiday)
UPDATE enquiry SET enq_dt = DATE '2025-01-01' WHERE enq_id = 146;

UPDATE customers c SET added_dt = f.first_dt
FROM (SELECT cust_id, min(enq_dt) AS first_dt FROM enquiry GROUP BY cust_id) f
WHERE f.cust_id = c.cust_id;

-- quotes: most enquiries get one (not every eighth one, and not the ones still waiting for a price)
INSERT INTO quotes (quote_id, enq_id, quote_ref, quoted_dt, amt, st, answer_dt, notes)
SELECT row_number() OVER (ORDER BY quoted_dt, enq_id),
       enq_id,
       'Q' || to_char(quoted_dt, 'YY') || '-' ||
           lpad((row_number() OVER (PARTITION BY extract(year FROM quoted_dt) ORDER BY quoted_dt, enq_id))::text, 3, '0'),
       quoted_dt,
       amt,
       CASE WHEN st0 IN ('A', 'D') AND ans0 > DATE '2026-11-30' THEN 'P' ELSE st0 END,
       CASE WHEN st0 IN ('A', 'D') AND ans0 <= DATE '2026-11-30' THEN ans0 END,
       CASE WHEN enq_id % 17 = 0 THEN 'Revised after site visit'
            WHEN enq_id % 29 = 0 THEN 'Price held from last year'
            WHEN enq_id % 31 = 0 THEN 'Customer supplying own handles' END
FROM (SELECT e.enq_id, q.quoted_dt,
             CASE e.kind
               WHEN 'T' THEN 1500 + (e.enq_id * 53 % 30) * 100
               WHEN 'W' THEN 2800 + (e.enq_id * 29 % 45) * 100
               WHEN 'K' THEN 11000 + (e.enq_id * 71 % 170) * 100
               ELSE 5500 + (e.enq_id * 43 % 90) * 100 END::numeric(10,2) AS amt,
             CASE WHEN (e.enq_id * 61) % 100 < 44 THEN 'A'
                  WHEN q.quoted_dt > DATE '2026-10-31' THEN 'P'
                  WHEN (e.enq_id * 61) % 100 < 70 THEN 'D'
                  ELSE 'L' END AS st0,
             CASE WHEN (e.enq_id * 61) % 100 < 44 THEN q.quoted_dt + 3 + (e.enq_id * 7 % 18)
                  ELSE q.quoted_dt + 2 + (e.enq_id * 5 % 20) END AS ans0
      FROM enquiry e
      CROSS JOIN LATERAL (SELECT e.enq_dt + 4 + (e.enq_id * 3 % 12) AS quoted_dt) q
      WHERE e.enq_id % 8 <> 5
        AND q.quoted_dt <= DATE '2026-11-30') s;

-- jobs: one per accepted quote
INSERT INTO job (job_no, quote_id, title, start_dt, due_dt, finished_dt, deposit_amt, on_site, notes)
SELECT 1000 + row_number() OVER (ORDER BY answer_dt, quote_id),
       quote_id,
       descr || ' - ' || village,
       start_dt,
       start_dt + dur,
       CASE WHEN start_dt + dur + (quote_id * 17 % 25) - 10 <= DATE '2026-11-30'
            THEN start_dt + dur + (quote_id * 17 % 25) - 10 END,
       CASE WHEN trade OR quote_id % 19 = 0 THEN 0 ELSE round(amt * 0.3, 0) END,
       kind <> 'T',
       CASE WHEN quote_id % 23 = 0 THEN 'Customer changed the finish halfway'
            WHEN quote_id % 27 = 0 THEN 'Access tight - carry everything up by hand'
            WHEN quote_id % 41 = 0 THEN 'Went over on hours, learn from this one' END
FROM (SELECT q.quote_id, q.amt, q.answer_dt, e.kind, e.descr, c.village, c.trade,
             q.answer_dt + 10 + (q.quote_id * 13 % 25) AS start_dt,
             CASE e.kind WHEN 'T' THEN 21 + q.quote_id % 14
                         WHEN 'W' THEN 28 + q.quote_id % 21
                         WHEN 'K' THEN 56 + q.quote_id % 35
                         ELSE 42 + q.quote_id % 28 END AS dur
      FROM quotes q
      JOIN enquiry e ON e.enq_id = q.enq_id
      JOIN customers c ON c.cust_id = e.cust_id
      WHERE q.st = 'A') s;

-- fitted on New Year's Eve
UPDATE job SET finished_dt = DATE '2025-12-31' WHERE job_no = 1096;

-- timber bought: 170 batches
INSERT INTO timber_purchases (purch_id, yard_id, species, kd, bought_dt, m3, price_per_m3, del_note)
SELECT i,
       CASE sp WHEN 'O' THEN (ARRAY[1, 2, 3])[1 + i % 3]
               WHEN 'A' THEN (ARRAY[1, 3])[1 + i % 2]
               WHEN 'W' THEN 1
               ELSE CASE WHEN d < DATE '2025-06-01' THEN 4 ELSE 2 END END,
       sp,
       NOT (sp = 'O' AND i % 4 = 0),
       d,
       CASE sp WHEN 'O' THEN 1.0 + (i * 13 % 21) * 0.1
               WHEN 'A' THEN 0.8 + (i * 11 % 13) * 0.1
               WHEN 'W' THEN 0.4 + (i * 7 % 6) * 0.1
               ELSE 1.5 + (i * 5 % 16) * 0.1 END,
       round(CASE sp WHEN 'O' THEN 1650 WHEN 'A' THEN 1050 WHEN 'W' THEN 3600 ELSE 520 END
             * (1 + (d - DATE '2024-01-01') / 365.0 * 0.04)
             + (i * 17 % 9) * 10
             - CASE WHEN sp = 'O' AND i % 4 = 0 THEN 300 ELSE 0 END, 0),
       CASE WHEN i % 11 = 0 THEN NULL ELSE 'DN' || (4000 + i * 3) END
FROM (SELECT i,
             CASE WHEN i <= 4 THEN (ARRAY['O', 'A', 'W', 'P'])[i]
                  WHEN (i * 7) % 20 < 9 THEN 'O'
                  WHEN (i * 7) % 20 < 13 THEN 'A'
                  WHEN (i * 7) % 20 < 15 THEN 'W'
                  ELSE 'P' END AS sp,
             DATE '2024-01-05' + ((i - 1) * 1050 / 169) + (i * 3 % 4) AS d
      FROM generate_series(1, 170) AS i) s;

-- timber issued to jobs, first in first out: each issue comes off the oldest batch of that
-- species with wood left on it (or the latest batch already in, if the racks are running ahead)
WITH x AS (
    SELECT j.job_no, k, j.start_dt + (k - 1) * 5 AS issue_dt,
           CASE e.kind
             WHEN 'T' THEN (ARRAY['O','O','O','O','O','O','W','W','A','A'])[1 + j.job_no % 10]
             WHEN 'K' THEN CASE WHEN k >= 4 THEN 'P'
                                ELSE (ARRAY['O','O','O','A','P'])[1 + j.job_no % 5] END
             WHEN 'S' THEN CASE WHEN k = 4 THEN 'P'
                                ELSE (ARRAY['O','O','A'])[1 + j.job_no % 3] END
             ELSE CASE WHEN k <= 2 THEN 'P' ELSE 'O' END END AS sp,
           CASE e.kind
             WHEN 'T' THEN 0.15 + ((j.job_no * 7 + k * 3) % 10) * 0.03
             WHEN 'W' THEN 0.20 + ((j.job_no * 7 + k * 3) % 10) * 0.03
             ELSE 0.30 + ((j.job_no * 7 + k * 3) % 10) * 0.05 END AS qty
    FROM job j
    JOIN quotes q ON q.quote_id = j.quote_id
    JOIN enquiry e ON e.enq_id = q.enq_id
    CROSS JOIN LATERAL generate_series(1, CASE e.kind WHEN 'T' THEN 2 WHEN 'W' THEN 3
                                                      WHEN 'K' THEN 5 ELSE 4 END) AS k
    WHERE j.start_dt + (k - 1) * 5 <= DATE '2026-11-30'
), xi AS (
    SELECT x.*, sum(qty) OVER (PARTITION BY sp ORDER BY issue_dt, job_no, k) - qty AS used_before
    FROM x
), batches AS (
    SELECT purch_id, species, bought_dt,
           sum(m3) OVER (PARTITION BY species ORDER BY bought_dt, purch_id) - m3 AS cstart,
           sum(m3) OVER (PARTITION BY species ORDER BY bought_dt, purch_id) AS cend
    FROM timber_purchases
)
INSERT INTO stock_issue (issue_id, job_no, purch_id, issue_dt, qty_m3)
SELECT row_number() OVER (ORDER BY xi.issue_dt, xi.job_no, xi.k),
       xi.job_no,
       coalesce(
         (SELECT b.purch_id FROM batches b
           WHERE b.species = xi.sp AND xi.used_before >= b.cstart AND xi.used_before < b.cend
             AND b.bought_dt <= xi.issue_dt),
         (SELECT b.purch_id FROM batches b
           WHERE b.species = xi.sp AND b.bought_dt <= xi.issue_dt
           ORDER BY b.bought_dt DESC, b.purch_id DESC LIMIT 1)),
       xi.issue_dt,
       xi.qty
FROM xi;

-- hours: a spread of days across each job, one main person per day and often a second
WITH days AS (
    SELECT j.job_no, j.on_site, j.start_dt, k, n,
           j.start_dt + ((k - 1) * (coalesce(j.finished_dt, j.due_dt) - j.start_dt) / n) AS d0,
           (k - 1)::numeric / n AS p
    FROM job j
    JOIN quotes q ON q.quote_id = j.quote_id
    JOIN enquiry e ON e.enq_id = q.enq_id
    CROSS JOIN LATERAL (SELECT CASE e.kind WHEN 'T' THEN 8 + j.job_no % 5
                                           WHEN 'W' THEN 12 + j.job_no % 6
                                           WHEN 'K' THEN 26 + j.job_no % 10
                                           ELSE 20 + j.job_no % 8 END AS n) nn
    CROSS JOIN LATERAL generate_series(1, nn.n) AS k
), worked AS (
    SELECT job_no, k,
           d0 + CASE WHEN extract(isodow FROM d0) = 6 AND d0 - 1 >= start_dt THEN -1
                     WHEN extract(isodow FROM d0) = 6 THEN 2
                     WHEN extract(isodow FROM d0) = 7 THEN 1
                     ELSE 0 END AS work_dt,
           CASE WHEN p < 0.30 THEN 'M'
                WHEN p < 0.65 THEN 'A'
                WHEN p < 0.82 OR NOT on_site THEN 'F'
                ELSE 'S' END AS task
    FROM days
), people AS (
    -- main person that day
    SELECT job_no, k, work_dt, task,
           CASE WHEN task = 'S' THEN CASE WHEN (job_no + k) % 3 = 0 THEN 4 ELSE 1 END
                WHEN (job_no * 3 + k) % 5 IN (0, 1) THEN 1
                WHEN (job_no * 3 + k) % 5 IN (2, 3) THEN 2
                WHEN work_dt BETWEEN DATE '2024-09-02' AND DATE '2025-08-15' THEN 3
                ELSE 2 END AS staff_id,
           0 AS second
    FROM worked
    UNION ALL
    -- a second pair of hands on every third day
    SELECT job_no, k, work_dt, task,
           CASE WHEN task = 'S' THEN 2
                WHEN (job_no * 3 + k) % 5 IN (0, 1) THEN 2
                ELSE 1 END,
           1
    FROM worked
    WHERE k % 3 = 0
), dedup AS (
    SELECT DISTINCT ON (job_no, staff_id, work_dt) job_no, staff_id, work_dt, task, k, second
    FROM people
    WHERE work_dt <= DATE '2026-11-30'
    ORDER BY job_no, staff_id, work_dt, k, second
), day_split AS (
    -- a working day (7.5 to 9.5 hours, the odd half day) shared between the jobs that person touched
    SELECT dedup.*,
           count(*) OVER (PARTITION BY staff_id, work_dt) AS m,
           row_number() OVER (PARTITION BY staff_id, work_dt ORDER BY job_no) AS r,
           CASE WHEN (staff_id * 7 + (work_dt - DATE '2024-01-01')) % 11 = 0 THEN 4.0
                ELSE 7.5 + ((staff_id + (work_dt - DATE '2024-01-01')) % 5) * 0.5 END AS day_hrs
    FROM dedup
)
INSERT INTO hours_log (log_id, job_no, staff_id, work_dt, task, hrs)
SELECT row_number() OVER (ORDER BY work_dt, job_no, staff_id),
       job_no, staff_id, work_dt, task,
       CASE WHEN r = 1 THEN day_hrs - floor(day_hrs / m * 2) / 2 * (m - 1)
            ELSE floor(day_hrs / m * 2) / 2 END
FROM day_split;

-- invoices: deposit on acceptance, stage payment halfway on kitchens and stairs, final on completion
WITH inv AS (
    SELECT j.job_no, 'D' AS stage, q.answer_dt + 2 AS raised_dt, j.deposit_amt AS amt
    FROM job j JOIN quotes q ON q.quote_id = j.quote_id
    WHERE j.deposit_amt > 0
    UNION ALL
    SELECT j.job_no, 'S', j.start_dt + (j.due_dt - j.start_dt) / 2, round(q.amt * 0.4, 0)
    FROM job j JOIN quotes q ON q.quote_id = j.quote_id JOIN enquiry e ON e.enq_id = q.enq_id
    WHERE e.kind IN ('K', 'S') AND j.start_dt + (j.due_dt - j.start_dt) / 2 <= DATE '2026-11-30'
    UNION ALL
    SELECT j.job_no, 'F', least(j.finished_dt + j.job_no % 4, DATE '2026-11-30'),
           q.amt - j.deposit_amt - CASE WHEN e.kind IN ('K', 'S') THEN round(q.amt * 0.4, 0) ELSE 0 END
                 + CASE WHEN j.job_no % 9 = 0 THEN 350 WHEN j.job_no % 13 = 0 THEN 120 ELSE 0 END
    FROM job j JOIN quotes q ON q.quote_id = j.quote_id JOIN enquiry e ON e.enq_id = q.enq_id
    WHERE j.finished_dt IS NOT NULL
), numbered AS (
    SELECT inv.*, (row_number() OVER (ORDER BY raised_dt, job_no, stage))::int AS n,
           row_number() OVER (PARTITION BY extract(year FROM raised_dt) ORDER BY raised_dt, job_no, stage) AS ny
    FROM inv
), paid AS (
    SELECT numbered.*,
           CASE WHEN stage = 'D' THEN raised_dt + n % 6 + (job_no % 4) * 4
                WHEN stage = 'F' AND (job_no % 31 = 0 OR job_no % 43 = 0) THEN NULL
                WHEN job_no % 5 = 0 THEN raised_dt + 30 + (n * 7 % 40)
                ELSE raised_dt + (n * 7 % 40) END AS pd
    FROM numbered
)
INSERT INTO invoices (inv_no, job_no, inv_ref, stage, raised_dt, amt, paid_dt, pay_method)
SELECT n, job_no,
       'INV-' || to_char(raised_dt, 'YY') || '-' || lpad(ny::text, 4, '0'),
       stage, raised_dt, amt,
       CASE WHEN pd <= DATE '2026-11-30' THEN pd END,
       CASE WHEN pd IS NULL OR pd > DATE '2026-11-30' THEN NULL
            WHEN n % 29 = 0 THEN 'X'
            WHEN n % 11 = 0 THEN 'K'
            WHEN n % 7 = 0 THEN 'C'
            ELSE 'B' END
FROM paid;

-- sundries bought per job
INSERT INTO sundries (sundry_id, job_no, bought_dt, item, supplier, qty, unit_cost, disc_pct)
WITH cat (idx, item, supplier, unit_cost, qmin, qspan) AS (
    VALUES (1,  'Soft-close hinges (pair)', 'Trade Fittings Direct',    6.80, 4, 16),
           (2,  'Drawer runners 500mm',     'Trade Fittings Direct',   24.50, 2, 10),
           (3,  'Hardwax oil 2.5L',         'Peak Finishes',           68.00, 1, 2),
           (4,  'PVA glue 5L',              'Derwent Fixings',         22.00, 1, 1),
           (5,  'Screws, assorted box',     'Derwent Fixings',         14.50, 1, 3),
           (6,  'Brass knobs',              'Hope Valley Ironmongery',  8.75, 4, 16),
           (7,  'Table top buttons',        'Derwent Fixings',          0.90, 8, 8),
           (8,  'Newel bolts and fixings',  'Hope Valley Ironmongery', 12.40, 2, 4),
           (9,  'Worktop bolts',            'Trade Fittings Direct',    3.20, 3, 5),
           (10, 'Abrasive discs (box 50)',  'Peak Finishes',           18.00, 1, 2),
           (11, 'Finish sample pots',       'Peak Finishes',            0.00, 3, 1)
), picks AS (
    SELECT j.job_no, j.start_dt, k, lst,
           lst[1 + (j.job_no + k) % array_length(lst, 1)] AS idx
    FROM job j
    JOIN quotes q ON q.quote_id = j.quote_id
    JOIN enquiry e ON e.enq_id = q.enq_id
    CROSS JOIN LATERAL (SELECT CASE e.kind WHEN 'T' THEN ARRAY[7, 3, 10, 4, 11]
                                           WHEN 'K' THEN ARRAY[1, 2, 3, 4, 5, 6, 9, 10, 11, 1]
                                           WHEN 'S' THEN ARRAY[8, 3, 5, 4, 10, 11]
                                           ELSE ARRAY[1, 2, 6, 5, 3, 10] END AS lst) l
    CROSS JOIN LATERAL generate_series(1, CASE e.kind WHEN 'T' THEN 3 WHEN 'K' THEN 9
                                                      WHEN 'S' THEN 5 ELSE 5 END) AS k
)
SELECT row_number() OVER (ORDER BY p.start_dt + k * 4, p.job_no, k),
       p.job_no, p.start_dt + k * 4, c.item, c.supplier,
       c.qmin + (p.job_no * 3 + k) % c.qspan,
       c.unit_cost,
       CASE WHEN (p.job_no + k) % 7 = 0 THEN 0
            WHEN c.supplier = 'Trade Fittings Direct' THEN 15
            WHEN c.supplier = 'Derwent Fixings' THEN 10
            WHEN c.supplier = 'Hope Valley Ironmongery' THEN 5
            WHEN p.start_dt >= DATE '2025-04-01' THEN 7.5
            ELSE 5 END
FROM picks p
JOIN cat c ON c.idx = p.idx
WHERE p.start_dt + k * 4 <= DATE '2026-11-30';

-- snagging call-backs
INSERT INTO snag_repairs (snag_id, job_no, reported_dt, problem, under_guar, fixed_dt, hrs, charge_amt)
SELECT row_number() OVER (ORDER BY rep, job_no),
       job_no, rep,
       (ARRAY['Drawer runner sticking','Movement crack in table top','Door dropped - hinges need adjusting',
              'Tread creaking','Finish marked by a hot pan','Gap opened at worktop joint',
              'Wardrobe door rubbing'])[1 + (job_no / 7) % 7],
       rep <= finished_dt + 365,
       CASE WHEN rep + 5 + job_no % 20 <= DATE '2026-11-30' AND job_no % 10 <> 8 THEN rep + 5 + job_no % 20 END,
       1.5 + (job_no % 6) * 1.0,
       CASE WHEN rep <= finished_dt + 365 THEN 0 ELSE 45 * (1.5 + (job_no % 6) * 1.0) END
FROM (SELECT job_no, finished_dt, finished_dt + 20 + (job_no * 37 % 500) AS rep
      FROM job WHERE finished_dt IS NOT NULL AND job_no % 7 = 3) s
WHERE rep <= DATE '2026-11-30';

-- repairs we charged for get an invoice once fixed
INSERT INTO invoices (inv_no, job_no, inv_ref, stage, raised_dt, amt, paid_dt, pay_method)
SELECT (SELECT max(inv_no) FROM invoices) + row_number() OVER (ORDER BY s.fixed_dt, s.snag_id),
       s.job_no,
       'INV-' || to_char(s.fixed_dt, 'YY') || '-R' || lpad(s.snag_id::text, 2, '0'),
       'R', s.fixed_dt, s.charge_amt,
       CASE WHEN s.fixed_dt + 14 <= DATE '2026-11-30' THEN s.fixed_dt + 14 END,
       CASE WHEN s.fixed_dt + 14 <= DATE '2026-11-30' THEN 'K' END
FROM snag_repairs s
WHERE NOT s.under_guar AND s.fixed_dt IS NOT NULL;
