-- Signmaker: the database behind our sign-making workshop (started on a spreadsheet, moved to Postgres in 2024).
-- Customers are local shops, builders, the councils round here and one-off private customers (mostly van wraps).
-- Everything starts with a quote. A quote gets accepted, declined, or just runs out after 30 days if we hear nothing.
-- An accepted quote becomes a job of one type: shop fascia, vehicle wrap, banner, safety signage or window graphics.
-- A job goes through design, a proof the customer has to OK, production in the workshop and then fitting.
-- Materials are logged against the job as we use them: vinyl in square metres, ACM panels and acrylic by the sheet.
-- Anything fitted on site needs a site survey and a fitter crew; high fascias need a cherry picker hired in.
-- Jobs over £2,000 (after discount) pay a 50% deposit up front; the rest is invoiced when the job is done.
-- When something goes wrong and we have to make it again, it goes in the remakes log with a reason.
-- Prices are in pounds, ex VAT unless it says otherwise. VAT is 20%.
-- Data runs from January 2024 to the end of November 2026.

DROP TABLE IF EXISTS remakes;
DROP TABLE IF EXISTS install_crew;
DROP TABLE IF EXISTS installs;
DROP TABLE IF EXISTS invoices;
DROP TABLE IF EXISTS job_materials;
DROP TABLE IF EXISTS jobs;
DROP TABLE IF EXISTS quotes;
DROP TABLE IF EXISTS fitter;
DROP TABLE IF EXISTS material;
DROP TABLE IF EXISTS job_types;
DROP TABLE IF EXISTS customers;

CREATE TABLE customers (
    cust_id      integer PRIMARY KEY,
    cust_name    text NOT NULL,
    cust_type    char(1) NOT NULL,
    contact_name text,
    town         text,
    email        text,
    phone        text,
    acct_opened  date NOT NULL,
    on_stop      boolean NOT NULL DEFAULT false,
    notes        text
);
COMMENT ON TABLE customers IS 'Everyone who has asked us for a quote, trade and private.';
COMMENT ON COLUMN customers.cust_type IS 'Type: S = shop / retail, B = builder or contractor, C = council, P = private (one-off) customer';
COMMENT ON COLUMN customers.on_stop IS 'True = account on stop, no new work until they pay up';
COMMENT ON COLUMN customers.acct_opened IS 'Date we set them up on the system';

CREATE TABLE job_types (
    type_id      smallint PRIMARY KEY,
    type_cd      varchar(3) NOT NULL UNIQUE,
    type_name    text NOT NULL,
    site_install boolean NOT NULL
);
COMMENT ON TABLE job_types IS 'The kinds of work we do.';
COMMENT ON COLUMN job_types.site_install IS 'True = we fit it on site (needs a survey and a crew); false = collected or fitted in our unit';

CREATE TABLE quotes (
    quote_id    integer PRIMARY KEY,
    cust_id     integer NOT NULL REFERENCES customers (cust_id),
    type_id     smallint NOT NULL REFERENCES job_types (type_id),
    quote_dt    date NOT NULL,
    quoted_amt  numeric(10,2) NOT NULL,
    st          char(1) NOT NULL,
    decided_dt  date,
    descr       text,
    notes       text
);
COMMENT ON TABLE quotes IS 'Quotes sent to customers. A quote is good for 30 days.';
COMMENT ON COLUMN quotes.quoted_amt IS 'Quoted price in pounds ex VAT';
COMMENT ON COLUMN quotes.st IS 'Status: P = pending (sent, no answer yet), A = accepted, D = declined, E = expired (30 days went by with no answer)';
COMMENT ON COLUMN quotes.decided_dt IS 'Date the customer said yes or no. NULL = never answered (still pending or expired)';

CREATE TABLE jobs (
    job_no        integer PRIMARY KEY,
    quote_id      integer NOT NULL UNIQUE REFERENCES quotes (quote_id),
    cust_id       integer NOT NULL REFERENCES customers (cust_id),
    type_id       smallint NOT NULL REFERENCES job_types (type_id),
    job_title     text NOT NULL,
    booked_dt     date NOT NULL,
    stage         char(1) NOT NULL,
    proof_sent_dt date,
    proof_ok_dt   date,
    completed_dt  date,
    sell_price    numeric(10,2) NOT NULL,
    disc_pct      numeric(4,1) NOT NULL DEFAULT 0,
    rush          boolean NOT NULL DEFAULT false,
    notes         text
);
COMMENT ON TABLE jobs IS 'Work we have been given: one job per accepted quote.';
COMMENT ON COLUMN jobs.booked_dt IS 'Date the job was booked in (the day the quote was accepted)';
COMMENT ON COLUMN jobs.stage IS 'Stage: D = in design, P = proof sent, waiting for the customer to OK it, M = in production (being made), F = made, waiting to be fitted or collected, C = complete, X = cancelled';
COMMENT ON COLUMN jobs.proof_sent_dt IS 'Date the proof went to the customer. NULL = not sent yet';
COMMENT ON COLUMN jobs.proof_ok_dt IS 'Date the customer approved the proof. NULL = not approved yet';
COMMENT ON COLUMN jobs.completed_dt IS 'Date the job was finished (fitted or collected). NULL = not finished';
COMMENT ON COLUMN jobs.sell_price IS 'Agreed price in pounds ex VAT, before any discount';
COMMENT ON COLUMN jobs.disc_pct IS 'Discount given, in percent (5 = 5% off the sell price)';
COMMENT ON COLUMN jobs.rush IS 'True = rush job, jumped the queue';

CREATE TABLE material (
    mat_id       integer PRIMARY KEY,
    mat_code     varchar(10) NOT NULL UNIQUE,
    descr        text NOT NULL,
    mat_cat      char(1) NOT NULL,
    uom          varchar(5) NOT NULL,
    unit_cost    numeric(8,2) NOT NULL,
    supplier     text,
    discontinued boolean NOT NULL DEFAULT false
);
COMMENT ON TABLE material IS 'Stock materials and what we pay for them today.';
COMMENT ON COLUMN material.mat_cat IS 'Category: V = vinyl (by the square metre), A = aluminium composite panel (ACM, by the sheet), P = acrylic / perspex sheet, O = other (fixings, leaf etc.)';
COMMENT ON COLUMN material.uom IS 'Unit we count it in: m2, sheet or each';
COMMENT ON COLUMN material.unit_cost IS 'Current cost price per unit in pounds';

CREATE TABLE job_materials (
    line_id   integer PRIMARY KEY,
    job_no    integer NOT NULL REFERENCES jobs (job_no),
    mat_id    integer NOT NULL REFERENCES material (mat_id),
    qty       numeric(8,2) NOT NULL,
    unit_cost numeric(8,2) NOT NULL,
    log_dt    date NOT NULL,
    logged_by varchar(3)
);
COMMENT ON TABLE job_materials IS 'Material used on each job, logged by the workshop as it is cut.';
COMMENT ON COLUMN job_materials.qty IS 'Quantity used, in the material''s unit (m2 for vinyl, sheets for panels)';
COMMENT ON COLUMN job_materials.unit_cost IS 'Cost price per unit at the time it was used';
COMMENT ON COLUMN job_materials.logged_by IS 'Initials of whoever logged it';

CREATE TABLE fitter (
    fitter_id integer PRIMARY KEY,
    full_name text NOT NULL,
    grade     char(1) NOT NULL,
    day_rate  numeric(7,2) NOT NULL,
    ipaf_card boolean NOT NULL,
    active    boolean NOT NULL DEFAULT true
);
COMMENT ON TABLE fitter IS 'Our fitters.';
COMMENT ON COLUMN fitter.grade IS 'Grade: L = lead fitter (runs the crew), F = fitter, A = apprentice';
COMMENT ON COLUMN fitter.ipaf_card IS 'True = has an IPAF card, allowed to drive the cherry picker';
COMMENT ON COLUMN fitter.active IS 'False = no longer works for us';

CREATE TABLE installs (
    install_id  integer PRIMARY KEY,
    job_no      integer NOT NULL REFERENCES jobs (job_no),
    site_addr   text,
    survey_dt   date,
    planned_dt  date,
    fitted_dt   date,
    st          char(1) NOT NULL,
    picker_hire boolean NOT NULL DEFAULT false,
    picker_cost numeric(8,2),
    notes       text
);
COMMENT ON TABLE installs IS 'Site installs: survey, booking and fitting of jobs we put up on site.';
COMMENT ON COLUMN installs.survey_dt IS 'Date of the site survey. NULL = survey not done yet';
COMMENT ON COLUMN installs.planned_dt IS 'Date the fit is booked for. NULL = no date yet';
COMMENT ON COLUMN installs.fitted_dt IS 'Date it actually went up. NULL = not fitted yet';
COMMENT ON COLUMN installs.st IS 'Status: S = waiting for site survey, B = surveyed and booked in, P = postponed (weather or site not ready, needs a new date), F = fitted';
COMMENT ON COLUMN installs.picker_hire IS 'True = we had to hire a cherry picker for it';
COMMENT ON COLUMN installs.picker_cost IS 'What the hire company charged us for the cherry picker, in pounds. NULL = no hire, or not billed yet';

CREATE TABLE install_crew (
    install_id integer NOT NULL REFERENCES installs (install_id),
    fitter_id  integer NOT NULL REFERENCES fitter (fitter_id),
    hrs        numeric(4,1) NOT NULL,
    is_lead    boolean NOT NULL DEFAULT false,
    PRIMARY KEY (install_id, fitter_id)
);
COMMENT ON TABLE install_crew IS 'Who went out on each fitted install and how long they were on site.';
COMMENT ON COLUMN install_crew.hrs IS 'Hours on site';
COMMENT ON COLUMN install_crew.is_lead IS 'True = ran the crew that day';

CREATE TABLE invoices (
    inv_no     integer PRIMARY KEY,
    job_no     integer NOT NULL REFERENCES jobs (job_no),
    inv_dt     date NOT NULL,
    inv_type   char(1) NOT NULL,
    net_amt    numeric(10,2) NOT NULL,
    vat_amt    numeric(10,2) NOT NULL,
    due_dt     date NOT NULL,
    paid_dt    date,
    pay_method char(1)
);
COMMENT ON TABLE invoices IS 'Invoices we have raised against jobs.';
COMMENT ON COLUMN invoices.inv_type IS 'Type: D = deposit (50% up front on jobs over £2,000), F = final invoice (the balance, or the whole lot if there was no deposit)';
COMMENT ON COLUMN invoices.net_amt IS 'Amount ex VAT in pounds';
COMMENT ON COLUMN invoices.vat_amt IS 'VAT on top, in pounds';
COMMENT ON COLUMN invoices.paid_dt IS 'Date the money came in. NULL = not paid yet';
COMMENT ON COLUMN invoices.pay_method IS 'How they paid: B = bank transfer, C = card, Q = cheque. NULL while unpaid';

CREATE TABLE remakes (
    remake_id  integer PRIMARY KEY,
    job_no     integer NOT NULL REFERENCES jobs (job_no),
    remake_dt  date NOT NULL,
    reason_cd  char(1) NOT NULL,
    cost_amt   numeric(8,2) NOT NULL,
    chargeable boolean NOT NULL DEFAULT false,
    notes      text
);
COMMENT ON TABLE remakes IS 'Anything we had to make again, and why.';
COMMENT ON COLUMN remakes.reason_cd IS 'Reason: S = spelling mistake (ours), A = customer''s artwork was wrong (they signed it off), M = material fault (vinyl lifting, panel delaminating), F = damaged while fitting, W = weather or storm damage, P = production error (wrong colour or size)';
COMMENT ON COLUMN remakes.cost_amt IS 'What the remake cost us in materials and time, in pounds';
COMMENT ON COLUMN remakes.chargeable IS 'True = we charged the customer for it';

-- ---------------------------------------------------------------- data

INSERT INTO job_types VALUES
 (1, 'FAS', 'Shop fascia', true),
 (2, 'WRP', 'Vehicle wrap', false),
 (3, 'BAN', 'Banner', false),
 (4, 'SAF', 'Safety signage', true),
 (5, 'WIN', 'Window graphics', true),
 (6, 'ILB', 'Illuminated lightbox', true);

INSERT INTO material VALUES
 (1,  'V-CAST',  'Cast wrap vinyl, gloss',              'V', 'm2',    9.80, 'Spandex',      false),
 (2,  'V-LAM',   'Cast overlaminate, gloss',            'V', 'm2',    6.40, 'Spandex',      false),
 (3,  'V-MON',   'Monomeric sign vinyl, assorted',      'V', 'm2',    4.20, 'Spandex',      false),
 (4,  'V-FROST', 'Frosted etch window film',            'V', 'm2',    7.10, 'Metamark',     false),
 (5,  'V-PERF',  'One-way vision perforated film',      'V', 'm2',    8.50, 'Metamark',     false),
 (6,  'V-REFL',  'Reflective vinyl, class 1',           'V', 'm2',   12.60, 'Metamark',     false),
 (7,  'V-BAN',   'Banner vinyl 510gsm frontlit',        'V', 'm2',    3.10, 'Spandex',      false),
 (8,  'ACM3-W',  'ACM 3mm white 2440x1220',             'A', 'sheet', 38.00, 'Righton',     false),
 (9,  'ACM3-B',  'ACM 3mm black 2440x1220',             'A', 'sheet', 41.50, 'Righton',     false),
 (10, 'ACM4-BS', 'ACM 4mm brushed silver 3050x1500',    'A', 'sheet', 64.00, 'Righton',     false),
 (11, 'ACR5-C',  'Acrylic 5mm clear 2440x1220',         'P', 'sheet', 72.00, 'Perspex Dist', false),
 (12, 'ACR10-C', 'Acrylic 10mm clear 2440x1220',        'P', 'sheet', 118.00, 'Perspex Dist', false),
 (13, 'ACR3-OP', 'Acrylic 3mm opal 2440x1220',          'P', 'sheet', 55.00, 'Perspex Dist', false),
 (14, 'GLD-23',  'Gold leaf 23ct, book of 25',          'O', 'each',  38.00, 'Wrights',     true),
 (15, 'FIX-STO', 'Stand-off fixings, pack of 4',        'O', 'each',  14.00, 'Righton',     false);

INSERT INTO fitter VALUES
 (1, 'Dave Kinsella',   'L', 210.00, true,  true),
 (2, 'Sean Doyle',      'L', 200.00, true,  true),
 (3, 'Mark Petrie',     'F', 170.00, true,  true),
 (4, 'Kyle Robson',     'F', 160.00, false, true),
 (5, 'Tomasz Nowak',    'F', 165.00, true,  true),
 (6, 'Lee Hargreaves',  'F', 160.00, false, false),
 (7, 'Ryan Moss',       'A',  95.00, false, true),
 (8, 'Jordan Blake',    'A',  90.00, false, true),
 (9, 'Gary Fenton',     'L', 205.00, true,  false);

-- customers: 1..120 trade (shops, builders, councils), 121..299 private, 300 a brand new shop not quoted yet
INSERT INTO customers (cust_id, cust_name, cust_type, contact_name, town, email, phone, acct_opened, on_stop, notes)
SELECT i,
       CASE
         WHEN i = 300 THEN 'Corner Cupboard Gifts'
         WHEN i <= 120 AND i % 6 IN (0, 1, 2) THEN
              (ARRAY['Harbour','Kings','Station','Market','Castle','Riverside','Oak Tree','Old Mill','Bridge','Parkside',
                     'High Street','Abbey','Quayside','Chapel','Victoria','Crown','Northgate','Westgate','Bay','Priory'])[1 + (i / 6) % 20]
              || ' ' ||
              (ARRAY['Bakery','Barbers','Florist','Cafe','Motors','Pharmacy','Hardware','Deli','Gym','Opticians','Dental','Pets',
                     'Books','Fish Bar','Tattoo','Vets','Butchers','Nails','Bikes','Kebabs'])[1 + ((i % 6) * 7 + i / 6) % 20]
         WHEN i <= 120 AND i % 6 IN (3, 4) THEN
              (ARRAY['Hughes','Marsden','Pryce','Cartwright','Dobson','Fairclough','Garside','Holroyd','Ingham','Jagger',
                     'Kershaw','Lumb','Mellor','Naylor','Oldroyd','Pickles','Quarmby','Ramsden','Sutcliffe','Thewlis'])[1 + (i / 6) % 20]
              || ' ' ||
              (ARRAY['Construction Ltd','Builders','Developments Ltd','& Sons Building','Groundworks','Homes Ltd'])[1 + ((i % 6) * 3 + i / 6) % 6]
         WHEN i <= 120 THEN
              (ARRAY['Harrowby','Elmsworth','Kirkby Moor','Westhaven','Saltby','Brandon Vale','Netherfield','Ashcombe',
                     'Thornley','Upper Calder','Milford','Dunmere','Greystone','Hollins','Ravensby','Lowther','Eastfield',
                     'Scarcliffe','Wendlow','Pennock'])[1 + i / 6]
              || ' ' || (ARRAY['Town Council','Parish Council','District Council'])[1 + i % 3]
         ELSE
              (ARRAY['Mr','Mrs','Ms','Mr','Dr','Mr','Miss'])[1 + i % 7] || ' ' ||
              (ARRAY['A','B','C','D','E','G','H','J','K','L','M','N','P','R','S','T'])[1 + (i * 5) % 16] || ' ' ||
              (ARRAY['Smith','Jones','Taylor','Brown','Williams','Wilson','Johnson','Davies','Robinson','Wright','Thompson',
                     'Evans','Walker','White','Roberts','Green','Hall','Wood','Jackson','Clarke'])[1 + (i * 3 + i / 20) % 20]
       END,
       CASE WHEN i = 300 THEN 'S'
            WHEN i > 120 THEN 'P'
            WHEN i % 6 IN (0, 1, 2) THEN 'S'
            WHEN i % 6 IN (3, 4) THEN 'B'
            ELSE 'C' END,
       CASE WHEN i > 120 AND i < 300 THEN NULL
            ELSE (ARRAY['Sue','Gary','Priya','Tom','Janet','Craig','Anil','Beth','Steve','Marie','Jason','Helen'])[1 + (i * 11) % 12] END,
       (ARRAY['Harrowby','Elmsworth','Kirkby Moor','Westhaven','Saltby','Brandon Vale','Netherfield','Ashcombe','Thornley','Milford'])[1 + (i * 13) % 10],
       CASE WHEN i % 9 = 4 THEN NULL ELSE 'accounts' || i || '@example.co.uk' END,
       CASE WHEN i % 13 = 6 THEN NULL ELSE '01632 ' || lpad(((i * 7919) % 1000000)::text, 6, '0') END,
       date '2026-11-20',      -- fixed up below from the first quote
       (i % 41 = 17),
       CASE WHEN i % 23 = 5 THEN 'Always wants a proof by post as well' WHEN i % 31 = 8 THEN 'Pays late - chase at 30 days' END
FROM generate_series(1, 300) AS g(i);

-- quotes: 1800 of them, evenly through 1 Jan 2024 .. 30 Nov 2026
INSERT INTO quotes (quote_id, cust_id, type_id, quote_dt, quoted_amt, st, decided_dt, descr, notes)
WITH base AS (
    SELECT i,
           date '2024-01-01' + ((i - 1) * 1064 / 1800) AS qdt,
           CASE WHEN i % 4 = 0 THEN 121 + ((i / 4) * 7) % 179
                ELSE 1 + ((i - i / 4) * 37) % 120 END AS c0
    FROM generate_series(1, 1800) AS g(i)
), b2 AS (
    SELECT i, qdt,
           -- a few builders went quiet: nothing from them in 2026
           CASE WHEN qdt >= date '2026-01-01' AND c0 IN (4, 9, 34, 39, 64, 69, 94, 99) THEN c0 + 2 ELSE c0 END AS cid,
           (i * 53) % 100 AS r
    FROM base
), b3 AS (
    SELECT b2.*, c.cust_type,
           CASE c.cust_type
             WHEN 'S' THEN (ARRAY[1,5,1,5,3,2,1,4])[1 + i % 8]
             WHEN 'B' THEN (ARRAY[4,4,3,1,4,2])[1 + i % 6]
             WHEN 'C' THEN (ARRAY[4,3,3,5,4,1])[1 + i % 6]
             ELSE          (ARRAY[2,3,2,1,2,5])[1 + i % 6] END AS tid
    FROM b2 JOIN customers c ON c.cust_id = b2.cid
)
SELECT i, cid, tid, qdt,
       (CASE tid
          WHEN 1 THEN 900 + (i * 73) % 2600
          WHEN 2 THEN 1500 + (i * 89) % 3000
          WHEN 3 THEN 60 + (i * 31) % 380
          WHEN 4 THEN 120 + (i * 57) % 900
          ELSE        180 + (i * 43) % 1100 END
        + CASE WHEN i % 4 = 0 THEN 0.50 ELSE 0 END)::numeric(10,2),
       CASE WHEN qdt > date '2026-11-06' THEN
                 CASE WHEN r < 30 THEN 'A' WHEN r < 45 THEN 'D' ELSE 'P' END
            ELSE CASE WHEN r < 55 THEN 'A' WHEN r < 75 THEN 'D' ELSE 'E' END END,
       NULL::date,
       (ARRAY['Fascia sign','Full van wrap','PVC banner','Site safety boards','Window vinyls'])[tid],
       CASE WHEN i % 37 = 3 THEN 'Price matched a competitor' WHEN i % 53 = 20 THEN 'Customer asked for two options' END
FROM b3;

UPDATE quotes SET decided_dt = LEAST(quote_dt + 1 + (quote_id * 7) % 19, date '2026-11-30') WHERE st = 'A';
UPDATE quotes SET decided_dt = LEAST(quote_dt + 2 + (quote_id * 11) % 27, date '2026-11-30') WHERE st = 'D';

-- charity freebies: banners for councils, no charge
UPDATE quotes SET type_id = 3, quoted_amt = 0, descr = 'PVC banner', notes = 'No charge - charity fun run banner'
WHERE quote_id IN (SELECT min(q.quote_id) FROM quotes q JOIN customers c ON c.cust_id = q.cust_id
                   WHERE c.cust_type = 'C' AND q.st = 'A' AND q.quote_dt >= date '2024-06-01' AND q.quote_dt < date '2026-01-01'
                   GROUP BY extract(year FROM q.quote_dt));

UPDATE customers c SET acct_opened = f.first_dt - (c.cust_id * 13) % 400
FROM (SELECT cust_id, min(quote_dt) AS first_dt FROM quotes GROUP BY cust_id) f
WHERE f.cust_id = c.cust_id;

-- jobs: every accepted quote, except a handful that never got booked in
INSERT INTO jobs (job_no, quote_id, cust_id, type_id, job_title, booked_dt, stage, proof_sent_dt, proof_ok_dt,
                  completed_dt, sell_price, disc_pct, rush, notes)
WITH a AS (
    SELECT (24000 + row_number() OVER (ORDER BY q.decided_dt, q.quote_id))::int AS n, q.*,
           date '2026-11-30' - q.decided_dt AS age
    FROM quotes q
    WHERE q.st = 'A' AND q.quote_id % 47 <> 5
), s AS (
    SELECT a.*,
           CASE WHEN n % 29 = 11 THEN 'X'
                WHEN age >= 75 THEN 'C'
                WHEN age >= 50 THEN CASE WHEN n % 3 = 0 THEN 'F' ELSE 'C' END
                WHEN age >= 30 THEN CASE WHEN n % 2 = 0 THEN 'M' ELSE 'F' END
                WHEN age >= 12 THEN CASE WHEN n % 3 = 0 THEN 'P' ELSE 'M' END
                ELSE CASE WHEN n % 2 = 0 THEN 'D' ELSE 'P' END END AS stg
    FROM a
), d AS (
    SELECT s.*,
           LEAST(decided_dt + 2 + n % 4, date '2026-11-30') AS ps,
           LEAST(decided_dt + 2 + n % 4 + 1 + n % 5, date '2026-11-30') AS pk
    FROM s
)
SELECT n, quote_id, d.cust_id, type_id,
       (ARRAY['Fascia - ','Wrap - ','Banner - ','Safety signs - ','Window graphics - '])[type_id] || c.cust_name,
       decided_dt, stg,
       CASE WHEN stg = 'D' THEN NULL
            WHEN stg = 'X' AND n % 2 = 1 THEN NULL
            ELSE ps END,
       CASE WHEN stg IN ('D', 'P') THEN NULL
            WHEN stg = 'X' AND n % 2 = 1 THEN NULL
            ELSE pk END,
       CASE WHEN stg = 'C' THEN decided_dt + 20 + n % 30 END,
       quoted_amt,
       CASE WHEN n % 23 = 0 THEN 15 WHEN n % 10 = 0 THEN 5 WHEN n % 10 = 3 THEN 10 ELSE 0 END,
       n % 8 = 0,
       CASE WHEN stg = 'X' THEN 'Cancelled by customer' WHEN n % 19 = 7 THEN 'Match existing brand colours' END
FROM d JOIN customers c ON c.cust_id = d.cust_id;

-- materials used: anything past proof approval
INSERT INTO job_materials (line_id, job_no, mat_id, qty, unit_cost, log_dt, logged_by)
WITH slots AS (
    SELECT j.job_no AS n, j.type_id, j.proof_ok_dt, j.completed_dt, k,
           CASE j.type_id
             WHEN 1 THEN CASE k WHEN 1 THEN 8 + j.job_no % 3
                                WHEN 2 THEN 3
                                WHEN 3 THEN CASE WHEN j.job_no % 3 = 0 THEN 11 + (j.job_no / 3) % 3 END
                                WHEN 4 THEN CASE WHEN j.job_no % 3 = 0 THEN 15 END END
             WHEN 2 THEN CASE k WHEN 1 THEN 1 WHEN 2 THEN 2 WHEN 3 THEN CASE WHEN j.job_no % 4 = 0 THEN 5 END END
             WHEN 3 THEN CASE k WHEN 1 THEN 7 END
             WHEN 4 THEN CASE k WHEN 1 THEN 8 WHEN 2 THEN 3 WHEN 3 THEN CASE WHEN j.job_no % 2 = 0 THEN 6 END END
             WHEN 5 THEN CASE k WHEN 1 THEN 4 + j.job_no % 2 WHEN 2 THEN CASE WHEN j.job_no % 3 = 0 THEN 3 END END
           END AS mat_id
    FROM jobs j CROSS JOIN generate_series(1, 4) AS g(k)
    WHERE j.stage IN ('M', 'F', 'C') OR (j.stage = 'X' AND j.proof_ok_dt IS NOT NULL)
), q AS (
    SELECT s.*,
           CASE s.mat_id
             WHEN 1 THEN 10 + ((n * 13) % 37) / 2.0
             WHEN 2 THEN 10 + ((n * 13) % 37) / 2.0
             WHEN 3 THEN CASE WHEN type_id = 1 THEN 2.5 + ((n * 7) % 12) / 2.0
                              WHEN type_id = 4 THEN 1 + (n % 9) / 2.0
                              ELSE 0.5 + (n % 4) * 0.5 END
             WHEN 4 THEN 2 + ((n * 5) % 17) / 2.0
             WHEN 5 THEN CASE WHEN type_id = 2 THEN 1.5 + n % 3 ELSE 2 + ((n * 5) % 17) / 2.0 END
             WHEN 6 THEN 0.5 + n % 5
             WHEN 7 THEN 1.5 + ((n * 11) % 21) / 2.0
             WHEN 8 THEN CASE WHEN type_id = 4 THEN 1 + n % 4 ELSE 1 + n % 3 END
             WHEN 9 THEN 1 + n % 3
             WHEN 10 THEN 1 + n % 3
             WHEN 15 THEN 1 + n % 4
             ELSE 1 + n % 2 END AS qty,
           LEAST(proof_ok_dt + 1 + (n + k) % 4, COALESCE(completed_dt, date '2026-11-30'), date '2026-11-30') AS ldt
    FROM slots s
    WHERE s.mat_id IS NOT NULL
)
SELECT row_number() OVER (ORDER BY q.ldt, q.n, q.k),
       q.n, q.mat_id, q.qty,
       round(m.unit_cost * CASE WHEN q.ldt < date '2025-01-01' THEN 0.92 WHEN q.ldt < date '2026-01-01' THEN 0.96 ELSE 1 END, 2),
       q.ldt,
       (ARRAY['DK','TW','AB','TW','JL'])[1 + (q.n + q.k) % 5]
FROM q JOIN material m ON m.mat_id = q.mat_id;

-- site installs for the jobs we fit on site, once they are made
INSERT INTO installs (install_id, job_no, site_addr, survey_dt, planned_dt, fitted_dt, st, picker_hire, picker_cost, notes)
WITH i AS (
    SELECT (row_number() OVER (ORDER BY j.job_no))::int AS install_id, j.*, c.town,
           CASE WHEN j.stage = 'C' THEN 'F'
                WHEN j.job_no % 5 = 0 THEN 'S'
                WHEN j.job_no % 3 = 0 THEN 'P'
                ELSE 'B' END AS ist,
           CASE WHEN j.type_id = 1 THEN j.job_no % 3 <> 2
                WHEN j.type_id = 4 THEN j.job_no % 5 = 0
                ELSE j.job_no % 9 = 0 END AS picker
    FROM jobs j
    JOIN job_types t ON t.type_id = j.type_id AND t.site_install
    JOIN customers c ON c.cust_id = j.cust_id
    WHERE j.stage IN ('F', 'C') AND NOT (j.type_id = 5 AND j.job_no % 11 = 0)
)
SELECT install_id, job_no,
       (1 + (job_no * 7) % 180) || ' ' ||
       (ARRAY['High Street','Market Place','Station Road','Church Lane','Mill Street','Bridge Street','Queen Street',
              'Industrial Estate','New Road','Park Road'])[1 + job_no % 10] || ', ' || town,
       CASE WHEN ist = 'S' THEN NULL ELSE LEAST(booked_dt + 1 + job_no % 5, date '2026-11-30') END,
       CASE WHEN ist = 'F' THEN completed_dt
            WHEN ist = 'B' THEN date '2026-11-30' + 1 + job_no % 14 END,
       CASE WHEN ist = 'F' THEN completed_dt END,
       ist,
       picker,
       CASE WHEN picker AND ist = 'F' THEN 165 + (job_no % 3) * 65 END,
       CASE WHEN ist = 'P' THEN 'Postponed - ' || (ARRAY['high winds','site not ready','shop fit running late'])[1 + job_no % 3]
            WHEN job_no % 17 = 2 THEN 'Access from rear yard only' END
FROM i;

-- one cherry picker hire the hire company didn't charge for
UPDATE installs SET picker_cost = 0, notes = 'Hire co. waived the charge - their machine broke down first time'
WHERE install_id = (SELECT min(install_id) FROM installs WHERE picker_hire AND st = 'F' AND fitted_dt >= date '2025-03-01');

-- crews on the installs that have been fitted
INSERT INTO install_crew (install_id, fitter_id, hrs, is_lead)
WITH f AS (
    SELECT ins.install_id AS n, ins.fitted_dt,
           1 + CASE WHEN ins.install_id % 3 = 0 THEN 2 ELSE 1 END AS crew_size,
           CASE WHEN ins.fitted_dt < date '2024-07-01' THEN (ARRAY[1, 9])[1 + ins.install_id % 2]
                ELSE (ARRAY[1, 2])[1 + ins.install_id % 2] END AS lead_id,
           CASE WHEN ins.fitted_dt < date '2024-09-01' THEN ARRAY[3, 4, 5, 6]
                WHEN ins.fitted_dt < date '2025-06-01' THEN ARRAY[3, 4, 5, 6, 7]
                ELSE ARRAY[3, 4, 5, 7] END AS pool
    FROM installs ins
    WHERE ins.st = 'F'
)
SELECT n, lead_id, 3 + (n % 7) * 0.5, true FROM f
UNION ALL
SELECT n, pool[1 + n % array_length(pool, 1)], 3 + (n % 7) * 0.5, false FROM f
UNION ALL
SELECT n, pool[1 + (n + 1) % array_length(pool, 1)], 2 + (n % 5) * 0.5, false FROM f WHERE crew_size = 3;

-- invoices: deposit at booking on big jobs, final on completion
INSERT INTO invoices (inv_no, job_no, inv_dt, inv_type, net_amt, vat_amt, due_dt, paid_dt, pay_method)
WITH p AS (
    SELECT j.*, round(j.sell_price * (1 - j.disc_pct / 100), 2) AS net_price
    FROM jobs j
), raw AS (
    SELECT job_no, LEAST(booked_dt + 1, date '2026-11-30') AS idt, 'D' AS itype, round(net_price * 0.5, 2) AS net, 7 AS terms
    FROM p WHERE net_price > 2000
    UNION ALL
    SELECT job_no, LEAST(completed_dt + job_no % 3, date '2026-11-30'), 'F',
           net_price - CASE WHEN net_price > 2000 THEN round(net_price * 0.5, 2) ELSE 0 END, 30
    FROM p WHERE stage = 'C'
), n AS (
    SELECT (5000 + row_number() OVER (ORDER BY idt, job_no, itype))::int AS inv_no, raw.* FROM raw
), pd AS (
    SELECT n.*,
           CASE WHEN net = 0 THEN idt
                WHEN inv_no % 97 = 3 THEN NULL
                WHEN itype = 'D' THEN idt + 1 + inv_no % 6
                ELSE idt + 5 + (inv_no * 13) % 50 END AS pdt
    FROM n
)
SELECT inv_no, job_no, idt, itype, net, round(net * 0.2, 2), idt + terms,
       CASE WHEN pdt <= date '2026-11-30' THEN pdt END,
       CASE WHEN pdt <= date '2026-11-30' THEN (ARRAY['B','B','C','B','Q','C'])[1 + inv_no % 6] END
FROM pd;

-- remakes
INSERT INTO remakes (remake_id, job_no, remake_dt, reason_cd, cost_amt, chargeable, notes)
WITH r AS (
    SELECT j.job_no, j.proof_ok_dt, j.completed_dt, j.type_id, k,
           (ARRAY['S','A','M','F','W','P'])[1 + (j.job_no * 7 + k) % 6] AS reason
    FROM jobs j CROSS JOIN generate_series(1, 2) AS g(k)
    WHERE j.stage IN ('C', 'F') AND (j.job_no * 17) % 13 = 0
      AND (k = 1 OR j.job_no % 5 = 0)
), r2 AS (
    SELECT r.*,
           CASE WHEN reason IN ('W', 'M') AND completed_dt IS NOT NULL
                THEN LEAST(completed_dt + 30 + (job_no * 11) % 170, date '2026-11-30')
                ELSE LEAST(proof_ok_dt + 2 + (job_no + k) % 9, COALESCE(completed_dt, date '2026-11-30'), date '2026-11-30') END AS rdt
    FROM r
)
SELECT row_number() OVER (ORDER BY rdt, job_no, k), job_no, rdt, reason,
       CASE WHEN (job_no + k) % 9 = 0 THEN 0 ELSE 15 + ((job_no * 23 + k) % 300) END,
       reason = 'A',
       CASE reason
         WHEN 'S' THEN 'Spelling - ' || (ARRAY['phone number wrong','street name misspelt','missing apostrophe'])[1 + job_no % 3]
         WHEN 'A' THEN 'Customer sent wrong logo file'
         WHEN 'M' THEN 'Vinyl lifting at edges'
         WHEN 'F' THEN 'Panel scratched on ladder'
         WHEN 'W' THEN 'Storm damage'
         ELSE 'Printed wrong shade of blue' END
FROM r2;
