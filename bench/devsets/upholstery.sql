-- Made-up schema: Fennick & Co Upholstery, Unit 4, Canal Wharf, Hebden Bridge (West Yorkshire, prices in GBP).
-- Maureen Fennick (owner, master upholsterer) re-covers sofas, armchairs, dining chairs, headboards and pub
-- banquettes for households, pubs, hotels / B&Bs and the odd care home across Calderdale and beyond.
--
-- How they work:
--  * An enquiry (phone, email, walk-in, Instagram, word of mouth) gets a quote, usually after a home visit to
--    measure. A quote is Open until the customer answers; it lapses (Expired) after 60 days with no answer.
--    We occasionally Withdraw a quote ourselves (frame rotten, can't get the fabric).
--  * An accepted quote becomes a job. Pubs and hotels on a trade account also book repeat work straight in
--    at agreed rates, with no quote (jobs.quote_id is NULL then). A free re-do of earlier work under our
--    12-month guarantee goes through as a quote and a job at 0.00.
--  * Customers without a trade account pay a 30% deposit when the job is booked and the balance (plus any
--    van charge) when the furniture comes back; trade accounts are invoiced and pay by bank transfer on
--    roughly 30 days. If a job is cancelled the deposit is refunded (a negative payment) unless the fabric
--    was already cut.
--  * Fabric is bought by the metre, cut to length for a job (fab_purch.job_id set) or as a roll for stock
--    (job_id NULL). The customer can also supply their own fabric (job_items.fab_id NULL, "COM").
--  * The van collects the furniture and delivers it back. Free within 10 miles of the workshop, otherwise
--    1.20 a mile (one way), added to the final bill. Some customers drop off / pick up themselves.
-- Codes are explained in COMMENT ON COLUMN. Data are deterministic (generate_series and modulo arithmetic,
-- no random()); dates run from January 2024 to the data cut-off, 30 November 2026.
-- Re-runnable: tables are dropped children first.

DROP TABLE IF EXISTS job_hrs;
DROP TABLE IF EXISTS pmt;
DROP TABLE IF EXISTS van_runs;
DROP TABLE IF EXISTS fab_purch;
DROP TABLE IF EXISTS job_items;
DROP TABLE IF EXISTS jobs;
DROP TABLE IF EXISTS quotes;
DROP TABLE IF EXISTS fabric;
DROP TABLE IF EXISTS suppliers;
DROP TABLE IF EXISTS staff;
DROP TABLE IF EXISTS cust;

-- ================================================================ tables

CREATE TABLE cust (
    cust_id     integer PRIMARY KEY,
    cust_nm     text NOT NULL,
    cust_typ    char(1) NOT NULL,
    town        text NOT NULL,
    pcode       varchar(8),
    tel         varchar(15),
    email       text,
    trade_acct  char(1) NOT NULL DEFAULT 'N',
    miles       smallint NOT NULL,
    crt_dt      date NOT NULL
);
COMMENT ON TABLE cust IS 'Customers: households and businesses';
COMMENT ON COLUMN cust.cust_typ IS 'H = household, P = pub, T = hotel or B&B, C = care home';
COMMENT ON COLUMN cust.pcode IS 'postcode; NULL = not taken';
COMMENT ON COLUMN cust.email IS 'NULL = no email, ring them';
COMMENT ON COLUMN cust.trade_acct IS 'Y = trade account (invoiced, pays on ~30 days, no deposit), N = pays deposit + balance';
COMMENT ON COLUMN cust.miles IS 'road miles from the workshop to the customer, one way (drives the van charge)';
COMMENT ON COLUMN cust.crt_dt IS 'date the customer was first put on the system';

CREATE TABLE staff (
    staff_id  smallint PRIMARY KEY,
    staff_nm  text NOT NULL,
    role      char(1) NOT NULL,
    start_dt  date NOT NULL,
    left_dt   date,
    day_rt    numeric(6,2)
);
COMMENT ON COLUMN staff.role IS 'U = upholsterer, A = apprentice, D = van driver, O = office / quotes';
COMMENT ON COLUMN staff.left_dt IS 'last working day; NULL = still with us';
COMMENT ON COLUMN staff.day_rt IS 'day rate paid, GBP; NULL = owner, not on the payroll';

CREATE TABLE suppliers (
    sup_id       smallint PRIMARY KEY,
    sup_nm       text NOT NULL,
    town         text NOT NULL,
    acct_no      varchar(12),
    lead_days    smallint NOT NULL,
    min_ord_amt  numeric(8,2) NOT NULL DEFAULT 0
);
COMMENT ON TABLE suppliers IS 'Fabric and sundries suppliers';
COMMENT ON COLUMN suppliers.acct_no IS 'our account number with them; NULL = no account, pro-forma (pay before despatch)';
COMMENT ON COLUMN suppliers.lead_days IS 'usual days from order to delivery';
COMMENT ON COLUMN suppliers.min_ord_amt IS 'minimum order value, GBP (0 = none)';

CREATE TABLE fabric (
    fab_id      integer PRIMARY KEY,
    sup_id      smallint NOT NULL REFERENCES suppliers (sup_id),
    fab_nm      text NOT NULL,
    fab_typ     char(1) NOT NULL,
    colour      text NOT NULL,
    width_cm    smallint NOT NULL,
    cost_per_m  numeric(7,2) NOT NULL,
    sell_per_m  numeric(7,2) NOT NULL,
    fr_ok       char(1) NOT NULL,
    disc_dt     date
);
COMMENT ON TABLE fabric IS 'Fabric book: fabrics we buy by the metre';
COMMENT ON COLUMN fabric.fab_typ IS 'V = velvet, L = linen / linen union, W = wool / tweed, C = chenille, F = faux leather (vinyl), K = real leather, M = mohair';
COMMENT ON COLUMN fabric.cost_per_m IS 'current list price per metre we pay the supplier, GBP';
COMMENT ON COLUMN fabric.sell_per_m IS 'price per metre we charge the customer, GBP';
COMMENT ON COLUMN fabric.fr_ok IS 'Y = passes BS 5852 crib 5, so OK for contract work (pubs, hotels, care homes); N = domestic only';
COMMENT ON COLUMN fabric.disc_dt IS 'date the supplier discontinued it; NULL = still available';

CREATE TABLE quotes (
    quote_id    integer PRIMARY KEY,
    cust_id     integer NOT NULL REFERENCES cust (cust_id),
    quote_dt    date NOT NULL,
    src         char(1) NOT NULL,
    home_visit  boolean NOT NULL,
    quote_amt   numeric(9,2) NOT NULL,
    redo        char(1) NOT NULL DEFAULT 'N',
    q_st        char(1) NOT NULL,
    decided_dt  date
);
COMMENT ON COLUMN quotes.src IS 'how the enquiry came in: P = phone, E = email, W = walk-in, I = Instagram / website form, R = recommended by another customer';
COMMENT ON COLUMN quotes.home_visit IS 'true = we went out to measure up';
COMMENT ON COLUMN quotes.quote_amt IS 'quoted price incl. fabric, GBP';
COMMENT ON COLUMN quotes.redo IS 'Y = free re-do of our own earlier work under the 12-month guarantee (quoted at 0.00)';
COMMENT ON COLUMN quotes.q_st IS 'O = open (waiting on the customer), A = accepted, D = declined, E = expired (no answer in 60 days), W = withdrawn by us';
COMMENT ON COLUMN quotes.decided_dt IS 'date accepted / declined / withdrawn; NULL while open or if it expired';

CREATE TABLE jobs (
    job_id        integer PRIMARY KEY,
    quote_id      integer REFERENCES quotes (quote_id),
    cust_id       integer NOT NULL REFERENCES cust (cust_id),
    lead_id       smallint NOT NULL REFERENCES staff (staff_id),
    booked_dt     date NOT NULL,
    due_dt        date NOT NULL,
    done_dt       date,
    back_dt       date,
    cancelled_dt  date,
    job_st        char(1) NOT NULL,
    rush          char(1) NOT NULL DEFAULT 'N',
    price_amt     numeric(9,2) NOT NULL DEFAULT 0,
    dep_amt       numeric(9,2) NOT NULL DEFAULT 0
);
COMMENT ON TABLE jobs IS 'Workshop jobs (one per accepted quote, plus trade repeat work booked without a quote)';
COMMENT ON COLUMN jobs.quote_id IS 'NULL = trade repeat work at agreed rates, no quote';
COMMENT ON COLUMN jobs.lead_id IS 'upholsterer in charge of the job';
COMMENT ON COLUMN jobs.due_dt IS 'date we promised the work would be finished';
COMMENT ON COLUMN jobs.done_dt IS 'date the work was finished in the workshop; NULL = not finished';
COMMENT ON COLUMN jobs.back_dt IS 'date the furniture went back to the customer (delivered or picked up); NULL = still with us';
COMMENT ON COLUMN jobs.cancelled_dt IS 'NULL = not cancelled';
COMMENT ON COLUMN jobs.job_st IS 'B = booked in, W = on the bench, R = ready, waiting to go back, C = closed (back with the customer), X = cancelled';
COMMENT ON COLUMN jobs.rush IS 'Y = rush job (promised within 10 days)';
COMMENT ON COLUMN jobs.price_amt IS 'agreed price incl. fabric, GBP (0 = free guarantee re-do); van charges are billed on top';
COMMENT ON COLUMN jobs.dep_amt IS 'deposit asked for, GBP (0 for trade accounts)';

CREATE TABLE job_items (
    item_id    integer PRIMARY KEY,
    job_id     integer NOT NULL REFERENCES jobs (job_id),
    piece      varchar(6) NOT NULL,
    qty        smallint NOT NULL,
    fab_id     integer REFERENCES fabric (fab_id),
    m_used     numeric(6,1) NOT NULL,
    re_spring  char(1) NOT NULL DEFAULT 'N',
    item_amt   numeric(9,2) NOT NULL
);
COMMENT ON TABLE job_items IS 'Pieces of furniture on a job and the fabric each is covered in';
COMMENT ON COLUMN job_items.piece IS 'SOFA3 = 3-seater sofa, SOFA2 = 2-seater sofa, CHAISE = chaise longue, CHAIR = armchair / wing chair, DINE = dining chair, STOOL = footstool or bar stool, CUSH = loose cushion, HEADB = headboard, BANQ = banquette seating (qty = metres of run)';
COMMENT ON COLUMN job_items.fab_id IS 'NULL = customer supplied their own fabric (COM)';
COMMENT ON COLUMN job_items.m_used IS 'metres of fabric used for the whole line';
COMMENT ON COLUMN job_items.re_spring IS 'Y = re-sprung / re-webbed as well as re-covered';
COMMENT ON COLUMN job_items.item_amt IS 'price for the line, GBP';

CREATE TABLE fab_purch (
    purch_id    integer PRIMARY KEY,
    fab_id      integer NOT NULL REFERENCES fabric (fab_id),
    job_id      integer REFERENCES jobs (job_id),
    ord_dt      date NOT NULL,
    metres      numeric(6,1) NOT NULL,
    cost_per_m  numeric(7,2) NOT NULL,
    amt         numeric(9,2) NOT NULL,
    rcvd_dt     date,
    cxl         char(1) NOT NULL DEFAULT 'N'
);
COMMENT ON TABLE fab_purch IS 'Fabric bought by the metre';
COMMENT ON COLUMN fab_purch.job_id IS 'job the length was cut for; NULL = roll bought for stock';
COMMENT ON COLUMN fab_purch.cost_per_m IS 'price per metre actually paid, GBP';
COMMENT ON COLUMN fab_purch.amt IS 'order value incl. the 6.50 cut charge on lengths under 3 m, GBP';
COMMENT ON COLUMN fab_purch.rcvd_dt IS 'date it arrived; NULL = not arrived (or cancelled)';
COMMENT ON COLUMN fab_purch.cxl IS 'Y = order cancelled with the supplier, N = live order';

CREATE TABLE van_runs (
    run_id    integer PRIMARY KEY,
    job_id    integer NOT NULL REFERENCES jobs (job_id),
    run_typ   char(1) NOT NULL,
    plan_dt   date NOT NULL,
    done_dt   date,
    fail_rsn  char(1),
    drv_id    smallint NOT NULL REFERENCES staff (staff_id),
    miles     numeric(5,1) NOT NULL,
    chg_amt   numeric(7,2) NOT NULL DEFAULT 0
);
COMMENT ON TABLE van_runs IS 'Van collections and deliveries';
COMMENT ON COLUMN van_runs.run_typ IS 'C = collection from the customer, D = delivery back to the customer';
COMMENT ON COLUMN van_runs.done_dt IS 'NULL = the run did not happen (see fail_rsn); it is re-booked as a new run';
COMMENT ON COLUMN van_runs.fail_rsn IS 'why the run failed: N = nobody in, C = customer asked to rearrange, V = van off the road, A = no access (would not go through the door / up the stairs); NULL = went fine';
COMMENT ON COLUMN van_runs.drv_id IS 'who drove';
COMMENT ON COLUMN van_runs.miles IS 'round-trip miles';
COMMENT ON COLUMN van_runs.chg_amt IS 'van charge added to the customer''s bill, GBP (0 = free, within 10 miles or failed run)';

CREATE TABLE pmt (
    pmt_id  integer PRIMARY KEY,
    job_id  integer NOT NULL REFERENCES jobs (job_id),
    pd_dt   date NOT NULL,
    amt     numeric(9,2) NOT NULL,
    mth     char(1) NOT NULL,
    dep_yn  char(1) NOT NULL
);
COMMENT ON TABLE pmt IS 'Money in from customers (refunds are negative)';
COMMENT ON COLUMN pmt.mth IS 'C = card, B = bank transfer, K = cash, Q = cheque';
COMMENT ON COLUMN pmt.dep_yn IS 'Y = deposit (or the refund of one), N = balance / invoice payment';

CREATE TABLE job_hrs (
    job_id    integer NOT NULL REFERENCES jobs (job_id),
    staff_id  smallint NOT NULL REFERENCES staff (staff_id),
    hrs       numeric(5,2) NOT NULL,
    PRIMARY KEY (job_id, staff_id)
);
COMMENT ON TABLE job_hrs IS 'Hours each person has booked to a job in the workshop';

-- ================================================================ data

INSERT INTO staff (staff_id, staff_nm, role, start_dt, left_dt, day_rt) VALUES
    (1, 'Maureen Fennick', 'U', date '2009-04-01', NULL,              NULL),
    (2, 'Dave Ormerod',    'U', date '2014-02-03', NULL,              148.00),
    (3, 'Kasia Nowak',     'U', date '2021-05-10', NULL,              136.00),
    (4, 'Liam Sutcliffe',  'A', date '2024-09-02', NULL,              88.00),
    (5, 'Ron Greenwood',   'D', date '2017-08-14', date '2025-06-27', 112.00),
    (6, 'Jas Bhatti',      'D', date '2025-06-30', NULL,              118.00),
    (7, 'Ellie Crabtree',  'A', date '2023-03-01', date '2024-08-30', 84.00),
    (8, 'Bev Mitchell',    'O', date '2019-01-07', NULL,              96.00);

INSERT INTO suppliers (sup_id, sup_nm, town, acct_no, lead_days, min_ord_amt) VALUES
    (1, 'Calder Textiles Ltd',        'Halifax',        'CT-0412',  3,  0),
    (2, 'Ryburn Fabric Co',           'Sowerby Bridge', 'RF/88',    2,  0),
    (3, 'Pennine Weavers',            'Huddersfield',   NULL,       7,  50.00),
    (4, 'Black Country Hides',        'Walsall',        'BCH1193',  10, 100.00),
    (5, 'Marlow Contract Fabrics',    'Manchester',     'MCF-2207', 5,  75.00),
    (6, 'Brightside Foam & Wadding',  'Sheffield',      'BFW-77',   4,  0);

-- 13 ranges, 2 to 5 colourways each
INSERT INTO fabric (fab_id, sup_id, fab_nm, fab_typ, colour, width_cm, cost_per_m, sell_per_m, fr_ok, disc_dt)
WITH r(ri, rng, typ, sup, cost, sell, fr, wid, cols) AS (
    VALUES
    (1,  'Hebden Velvet',          'V', 1, 24.50,  42.00,  'N', 140, ARRAY['Teal','Ochre','Charcoal','Sage','Oxblood','Navy']),
    (2,  'Ryburn Plush',           'V', 2, 31.00,  54.00,  'Y', 140, ARRAY['Emerald','Mustard','Slate','Blush','Midnight','Rust']),
    (3,  'Stoodley Linen',         'L', 2, 19.80,  36.00,  'N', 137, ARRAY['Oatmeal','Natural','Stone','Duck Egg','Putty','Flint']),
    (4,  'Calder Linen Union',     'L', 1, 22.00,  39.00,  'N', 137, ARRAY['Oatmeal','Moss','Denim','Clay','Chalk','Graphite']),
    (5,  'Heptonstall Tweed',      'W', 3, 38.00,  65.00,  'Y', 150, ARRAY['Heather','Peat','Bracken','Moorland','Granite','Lovat']),
    (6,  'Pennine Herringbone',    'W', 3, 34.50,  59.00,  'Y', 150, ARRAY['Charcoal','Fawn','Smoke','Olive','Navy','Tobacco']),
    (7,  'Mill Chenille',          'C', 1, 16.20,  29.50,  'N', 140, ARRAY['Silver','Mink','Cream','Plum','Steel','Mocha']),
    (8,  'Contract Chenille FR',   'C', 5, 21.00,  37.00,  'Y', 140, ARRAY['Burgundy','Forest','Pewter','Sand','Ink','Copper']),
    (9,  'Tavern Faux Leather',    'F', 5, 14.90,  28.00,  'Y', 137, ARRAY['Oxblood','Black','Tan','Bottle Green','Chocolate','Cream']),
    (10, 'Saddle Hide',            'K', 4, 62.00,  98.00,  'Y', 140, ARRAY['Tan','Black','Chestnut','Oxblood','Cognac','Olive']),
    (11, 'Antique Hide',           'K', 4, 71.50,  115.00, 'Y', 140, ARRAY['Conker','Vintage Brown','Racing Green','Burgundy','Ivory','Slate']),
    (12, 'Mohair Velvet',          'M', 3, 118.00, 185.00, 'N', 137, ARRAY['Gold','Silver Birch','Indigo','Rose','Peacock','Jet']),
    (13, 'Marlow Contract Velvet', 'V', 5, 27.00,  47.00,  'Y', 140, ARRAY['Teal','Claret','Graphite','Petrol','Mulberry','Camel'])
), x AS (
    SELECT r.*, ci, row_number() OVER (ORDER BY ri, ci)::int AS fid
    FROM r CROSS JOIN generate_series(1, 6) AS ci
    WHERE (ri * 3 + ci) % 6 < 2 + ri % 4
)
SELECT fid, sup, rng || ' - ' || cols[ci], typ, cols[ci], wid,
       round(cost * (1 + (ci % 3) * 0.02), 2), round(sell * (1 + (ci % 3) * 0.02), 2), fr,
       CASE WHEN fid % 9 = 4 THEN date '2025-03-31' + (fid * 37) % 400 END
FROM x;

-- customers: 500 households, 60 pubs, 30 hotels / B&Bs, 10 care homes
INSERT INTO cust (cust_id, cust_nm, cust_typ, town, pcode, tel, email, trade_acct, miles, crt_dt)
WITH b AS (
    SELECT c,
           CASE WHEN c % 60 = 59 THEN 'C' WHEN c % 20 IN (14, 15) THEN 'P' WHEN c % 20 = 17 THEN 'T' ELSE 'H' END AS typ,
           (c * 13) % 40 AS tk
    FROM generate_series(1, 600) AS c
), t AS (
    SELECT b.*,
           CASE WHEN tk < 10 THEN 'Hebden Bridge' WHEN tk < 15 THEN 'Mytholmroyd' WHEN tk < 21 THEN 'Todmorden'
                WHEN tk < 23 THEN 'Heptonstall' WHEN tk < 27 THEN 'Sowerby Bridge' WHEN tk < 32 THEN 'Halifax'
                WHEN tk = 32 THEN 'Brighouse' WHEN tk = 33 THEN 'Burnley' WHEN tk = 34 THEN 'Rochdale'
                WHEN tk = 35 THEN 'Keighley' WHEN tk = 36 THEN 'Huddersfield' WHEN tk = 37 THEN 'Leeds'
                WHEN tk = 38 THEN 'Manchester' ELSE 'Harrogate' END AS town,
           CASE WHEN tk < 10 THEN 1 WHEN tk < 15 THEN 3 WHEN tk < 21 THEN 5 WHEN tk < 23 THEN 2
                WHEN tk < 27 THEN 8 WHEN tk < 32 THEN 11 WHEN tk = 32 THEN 15 WHEN tk = 33 THEN 13
                WHEN tk = 34 THEN 17 WHEN tk = 35 THEN 18 WHEN tk = 36 THEN 20 WHEN tk = 37 THEN 30
                WHEN tk = 38 THEN 27 ELSE 44 END + c % 3 AS miles,
           CASE WHEN tk < 23 AND tk >= 15 AND tk < 21 THEN 'OL14' WHEN tk < 23 THEN 'HX7' WHEN tk < 27 THEN 'HX6'
                WHEN tk < 32 THEN 'HX' || (1 + c % 3) WHEN tk = 32 THEN 'HD6' WHEN tk = 33 THEN 'BB11'
                WHEN tk = 34 THEN 'OL11' WHEN tk = 35 THEN 'BD21' WHEN tk = 36 THEN 'HD1' WHEN tk = 37 THEN 'LS6'
                WHEN tk = 38 THEN 'M20' ELSE 'HG1' END AS pdist,
           (ARRAY['Ann','Graham','Susan','Peter','Janet','Andrew','Linda','Stephen','Helen','Mark',
                  'Rachel','Tariq','Joanne','Ian','Fiona','Craig','Nadia','Colin','Sarah','Tom'])[1 + c % 20] AS fn,
           (ARRAY['Whitworth','Sutcliffe','Greenwood','Crossley','Barker','Haigh','Pickles','Hussain','Ashworth',
                  'Marsden','Clegg','Holroyd','Firth','Shackleton','Dyson','Wood','Akhtar','Lord','Speak',
                  'Uttley','Mitchell','Kershaw','Broadbent'])[1 + (c * 7) % 23] AS ln
    FROM b
), n AS (
    SELECT t.*,
           CASE typ
               WHEN 'H' THEN fn || ' ' || ln
               WHEN 'P' THEN (ARRAY['The Red Lion','The White Horse','The Shoulder of Mutton','The Stubbing Wharf','The Fox & Goose',
                                    'The Old Gate','The Packhorse','The Hare & Hounds','The Cross Inn','The Railway',
                                    'The Navigation','The Golden Lion','The Hinchliffe Arms','The White Lion','The Robin Hood',
                                    'The Dusty Miller','The Beehive','The Rose & Crown','The Bull','The Black Bull',
                                    'The Sportsman','The Moorcock','The Weavers Arms','The Swan','The Kings Arms',
                                    'The Three Pigeons','The Grayston Unity','The Shepherds Rest','The Top Brink','The Queens'])
                                    [1 + ((c / 20) * 2 + c % 20 - 14) % 30]
                            || CASE WHEN (c / 20) * 2 + c % 20 - 14 >= 30 THEN ' (' || town || ')' ELSE '' END
               WHEN 'T' THEN (ARRAY['Calder','Moorside','Pennine','Riverside','Stoodley','Old Mill','Wharf','Hardcastle','Crags','Packhorse'])
                                    [1 + (c / 20) % 10]
                            || (ARRAY[' Hotel',' Lodge',' House B&B'])[1 + (c / 20) / 10]
               ELSE (ARRAY['Moorview','Beechwood','Laurel Bank','Hollins','Cragg Vale','Heather Lea','Oakroyd','Birchcliffe','Fairfield','Ivy House'])
                        [1 + c / 60] || ' Care Home'
           END AS nm
    FROM t
)
SELECT c, nm, typ, town,
       CASE WHEN c % 17 = 0 THEN NULL
            ELSE pdist || ' ' || (1 + c % 9)::text || substr('ABDEFGHJLNPQRSTUWXYZ', 1 + (c * 3) % 20, 1)
                 || substr('ABDEFGHJLNPQRSTUWXYZ', 1 + (c * 11) % 20, 1) END,
       CASE WHEN c % 29 = 0 THEN NULL
            WHEN typ = 'H' AND c % 3 = 0 THEN '07' || lpad(((c::bigint * 48271) % 1000000000)::text, 9, '0')
            ELSE '01422 ' || lpad((100000 + (c * 7919) % 900000)::text, 6, '0') END,
       CASE WHEN typ = 'H' AND c % 5 = 0 THEN NULL
            WHEN typ = 'H' THEN lower(fn) || '.' || lower(ln) || (c % 89)::text || '@'
                 || (ARRAY['gmail.com','btinternet.com','outlook.com','yahoo.co.uk','icloud.com','sky.com'])[1 + c % 6]
            ELSE 'bookings@' || regexp_replace(lower(nm), '[^a-z]', '', 'g') || '.co.uk' END,
       CASE WHEN typ <> 'H' AND (c / 20) % 4 <> 1 THEN 'Y' ELSE 'N' END,
       miles,
       date '2024-01-02' + (c * 389) % 1000
FROM n;

-- quotes: one series per customer (households 0-3, trade customers 1-12), spaced out in time
INSERT INTO quotes (quote_id, cust_id, quote_dt, src, home_visit, quote_amt, redo, q_st, decided_dt)
WITH g AS (
    SELECT c.cust_id, c.cust_typ, i,
           c.crt_dt + c.cust_id % 7 + (i - 1) * CASE c.cust_typ WHEN 'H' THEN 120 + (c.cust_id * 31) % 300
                                                                 WHEN 'P' THEN 45 + (c.cust_id * 17) % 90
                                                                 WHEN 'T' THEN 40 + (c.cust_id * 13) % 100
                                                                 ELSE 150 END AS qd
    FROM cust c
    CROSS JOIN LATERAL generate_series(1, CASE c.cust_typ
                                              WHEN 'H' THEN CASE c.cust_id % 10 WHEN 0 THEN 0 WHEN 9 THEN 3 WHEN 8 THEN 2 WHEN 7 THEN 2 ELSE 1 END
                                              WHEN 'P' THEN 2 + (c.cust_id * 7) % 9
                                              WHEN 'T' THEN 2 + (c.cust_id * 5) % 11
                                              ELSE 1 + c.cust_id % 4 END) AS i
), n AS (
    SELECT row_number() OVER (ORDER BY qd, cust_id)::int AS qid, g.*
    FROM g
    WHERE qd <= date '2026-11-30'
), s AS (
    SELECT n.*, (qid * 37) % 100 AS h, qid % 53 = 0 AS is_redo, qd + 2 + (qid * 11) % 20 AS dd
    FROM n
), s2 AS (
    SELECT s.*,
           CASE WHEN is_redo THEN 'A'
                WHEN h < CASE WHEN cust_typ = 'H' THEN 55 ELSE 72 END THEN 'A'
                WHEN h < 80 THEN 'D'
                WHEN h < 97 THEN 'E'
                ELSE 'W' END AS st0
    FROM s
)
SELECT qid, cust_id, qd,
       CASE WHEN is_redo THEN 'P'
            WHEN cust_typ = 'H' THEN CASE WHEN (qid * 13) % 20 < 6 THEN 'P' WHEN (qid * 13) % 20 < 10 THEN 'E'
                                          WHEN (qid * 13) % 20 < 13 THEN 'W' WHEN (qid * 13) % 20 < 18 THEN 'I' ELSE 'R' END
            ELSE CASE WHEN (qid * 13) % 10 < 7 THEN 'E' WHEN (qid * 13) % 10 < 9 THEN 'P' ELSE 'R' END END,
       cust_typ <> 'H' OR qid % 3 <> 0,
       CASE WHEN is_redo THEN 0
            WHEN cust_typ = 'H' THEN round((180 + (qid * 7919) % 2100) / 5.0) * 5
            ELSE round((450 + (qid * 7919) % 6500) / 10.0) * 10 END,
       CASE WHEN is_redo THEN 'Y' ELSE 'N' END,
       CASE WHEN st0 IN ('A', 'D', 'W') AND dd > date '2026-11-30' THEN 'O'
            WHEN st0 = 'E' AND qd + 60 > date '2026-11-30' THEN 'O'
            ELSE st0 END,
       CASE WHEN st0 IN ('A', 'D', 'W') AND dd <= date '2026-11-30' THEN dd END
FROM s2;

-- jobs: every accepted quote, plus repeat trade work booked with no quote
INSERT INTO jobs (job_id, quote_id, cust_id, lead_id, booked_dt, due_dt, done_dt, back_dt, cancelled_dt, job_st, rush)
WITH src AS (
    SELECT q.quote_id, q.cust_id, least(q.decided_dt + q.quote_id % 5, date '2026-11-30') AS bd, q.redo
    FROM quotes q
    WHERE q.q_st = 'A'
    UNION ALL
    SELECT NULL, c.cust_id, c.crt_dt + 30 + i * (70 + c.cust_id % 50), 'N'
    FROM cust c CROSS JOIN generate_series(1, 3) AS i
    WHERE c.trade_acct = 'Y' AND c.cust_id % 3 = 0
), n AS (
    SELECT row_number() OVER (ORDER BY bd, cust_id, quote_id NULLS LAST)::int AS jid, src.*
    FROM src
    WHERE bd <= date '2026-11-30'
), a AS (
    SELECT n.*,
           jid % 11 = 0 AS is_rush,
           CASE WHEN jid % 26 = 0 AND redo = 'N' AND bd + 2 + jid % 15 <= date '2026-11-30' THEN bd + 2 + jid % 15 END AS cx,
           bd + CASE WHEN jid % 11 = 0 THEN 5 + jid % 7 ELSE 9 + (jid * 7) % 22 END AS done_raw
    FROM n
), b AS (
    SELECT a.*,
           CASE WHEN cx IS NULL AND done_raw <= date '2026-11-30' THEN done_raw END AS dn
    FROM a
), c AS (
    SELECT b.*,
           CASE WHEN dn IS NOT NULL AND jid % 37 <> 0 AND dn + 1 + (jid * 3) % 12 <= date '2026-11-30'
                THEN dn + 1 + (jid * 3) % 12 END AS bk
    FROM b
)
SELECT jid, quote_id, cust_id,
       CASE WHEN jid % 17 = 0 AND bd >= date '2025-09-01' THEN 4
            WHEN jid % 10 < 3 THEN 1 WHEN jid % 10 < 7 THEN 2 ELSE 3 END,
       bd,
       bd + CASE WHEN is_rush THEN 10 ELSE 21 + (jid % 3) * 7 END,
       dn, bk, cx,
       CASE WHEN cx IS NOT NULL THEN 'X' WHEN bk IS NOT NULL THEN 'C' WHEN dn IS NOT NULL THEN 'R'
            WHEN bd + 4 <= date '2026-11-30' THEN 'W' ELSE 'B' END,
       CASE WHEN is_rush THEN 'Y' ELSE 'N' END
FROM c;

-- pieces on each job, with the fabric chosen (contract customers get fire-rated fabric)
INSERT INTO job_items (item_id, job_id, piece, qty, fab_id, m_used, re_spring, item_amt)
WITH j AS (
    SELECT j.job_id, j.booked_dt, c.cust_typ, coalesce(q.redo, 'N') AS redo
    FROM jobs j
    JOIN cust c ON c.cust_id = j.cust_id
    LEFT JOIN quotes q ON q.quote_id = j.quote_id
), k AS (
    SELECT j.*, k
    FROM j
    CROSS JOIN LATERAL generate_series(1, CASE WHEN (job_id * 7) % 10 < 5 THEN 1 WHEN (job_id * 7) % 10 < 8 THEN 2
                                               WHEN (job_id * 7) % 10 = 8 THEN 3 ELSE 4 END) AS k
), n AS (
    SELECT row_number() OVER (ORDER BY job_id, k)::int AS iid, k.* FROM k
), p AS (
    SELECT n.*,
           CASE WHEN cust_typ = 'H' AND iid % 97 = 0 THEN 'CHAISE'
                WHEN cust_typ = 'H' THEN (ARRAY['SOFA3','SOFA2','CHAIR','CHAIR','DINE','STOOL','SOFA3','CUSH','CHAIR','HEADB','SOFA2'])[1 + (iid * 5) % 11]
                WHEN cust_typ = 'P' THEN (ARRAY['BANQ','STOOL','DINE','BANQ','CUSH','STOOL'])[1 + (iid * 5) % 6]
                WHEN cust_typ = 'T' THEN (ARRAY['HEADB','CHAIR','SOFA2','DINE','HEADB'])[1 + (iid * 3) % 5]
                ELSE (ARRAY['CHAIR','CHAIR','DINE'])[1 + iid % 3] END AS piece
    FROM n
), q AS (
    SELECT p.*,
           CASE piece WHEN 'CHAIR' THEN CASE cust_typ WHEN 'H' THEN 1 + iid % 2 WHEN 'C' THEN 4 + iid % 8 ELSE 2 + iid % 6 END
                      WHEN 'DINE'  THEN CASE cust_typ WHEN 'H' THEN 4 + 2 * (iid % 3) ELSE 6 + iid % 14 END
                      WHEN 'STOOL' THEN CASE cust_typ WHEN 'H' THEN 1 ELSE 4 + iid % 12 END
                      WHEN 'CUSH'  THEN 2 + iid % 6
                      WHEN 'HEADB' THEN CASE cust_typ WHEN 'H' THEN 1 ELSE 4 + iid % 16 END
                      WHEN 'BANQ'  THEN 3 + iid % 9
                      ELSE 1 END AS qty,
           CASE piece WHEN 'SOFA3' THEN 12.5 WHEN 'SOFA2' THEN 9.0 WHEN 'CHAISE' THEN 8.5 WHEN 'CHAIR' THEN 6.0
                      WHEN 'DINE' THEN 0.7 WHEN 'STOOL' THEN 0.6 WHEN 'CUSH' THEN 1.2 WHEN 'HEADB' THEN 2.4 ELSE 2.2 END AS m_unit,
           CASE piece WHEN 'SOFA3' THEN 520 WHEN 'SOFA2' THEN 410 WHEN 'CHAISE' THEN 380 WHEN 'CHAIR' THEN 240
                      WHEN 'DINE' THEN 55 WHEN 'STOOL' THEN 70 WHEN 'CUSH' THEN 35 WHEN 'HEADB' THEN 160 ELSE 140 END AS lab_unit,
           piece IN ('SOFA3','SOFA2','CHAISE','CHAIR') AND iid % 3 = 0 AS spring,
           CASE WHEN cust_typ = 'H' AND iid % 9 = 0 THEN NULL
                WHEN cust_typ <> 'H' AND iid % 10 = 0 THEN fr.ids[1 + (iid * 7) % array_length(fr.ids, 1)]
                WHEN cust_typ <> 'H' THEN frn.ids[1 + (iid * 7) % array_length(frn.ids, 1)]
                ELSE al.ids[1 + ((iid * iid + iid) % 89) % array_length(al.ids, 1)] END AS fid
    FROM p
    CROSS JOIN (SELECT array_agg(fab_id ORDER BY fab_id) AS ids FROM fabric WHERE fr_ok = 'Y') AS fr
    CROSS JOIN (SELECT array_agg(fab_id ORDER BY fab_id) AS ids FROM fabric WHERE fr_ok = 'Y' AND fab_typ <> 'K') AS frn
    CROSS JOIN (SELECT array_agg(fab_id ORDER BY fab_id) AS ids FROM fabric) AS al
), q2 AS (
    -- a fabric discontinued before the job was booked is swapped for a sibling from the same range
    SELECT q.*,
           CASE WHEN f.disc_dt <= q.booked_dt
                THEN (SELECT f2.fab_id FROM fabric f2
                      WHERE f2.sup_id = f.sup_id AND f2.fab_typ = f.fab_typ AND f2.fr_ok = f.fr_ok AND f2.disc_dt IS NULL
                      ORDER BY f2.fab_id LIMIT 1)
                ELSE q.fid END AS fab
    FROM q LEFT JOIN fabric f ON f.fab_id = q.fid
), m AS (
    SELECT q2.*, round(qty * m_unit * (0.9 + (iid % 5) * 0.05), 1) AS mu, f.sell_per_m
    FROM q2 LEFT JOIN fabric f ON f.fab_id = q2.fab
)
SELECT iid, job_id, piece, qty, fab, mu,
       CASE WHEN spring THEN 'Y' ELSE 'N' END,
       CASE WHEN redo = 'Y' THEN 0
            ELSE round(qty * lab_unit * CASE WHEN cust_typ = 'H' THEN 1 ELSE 0.9 END
                       + CASE WHEN spring THEN 90 * qty ELSE 0 END
                       + CASE WHEN fab IS NULL THEN 25 ELSE mu * sell_per_m END, 2) END
FROM m;

UPDATE jobs j SET price_amt = s.tot
FROM (SELECT job_id, sum(item_amt) AS tot FROM job_items GROUP BY job_id) s
WHERE s.job_id = j.job_id;

UPDATE jobs j SET dep_amt = round(j.price_amt * 0.3, 0)
FROM cust c
WHERE c.cust_id = j.cust_id AND c.trade_acct = 'N' AND j.price_amt > 0;

-- the quote was the job price, except where extras turned up once the old cover came off
UPDATE quotes q SET quote_amt = j.price_amt - CASE WHEN j.price_amt > 400 AND j.job_id % 8 = 0 THEN 35 + (j.job_id % 5) * 20 ELSE 0 END
FROM jobs j
WHERE j.quote_id = q.quote_id;

-- fabric bought: most lengths cut to order for a job, the rest from stock rolls
INSERT INTO fab_purch (purch_id, fab_id, job_id, ord_dt, metres, cost_per_m, amt, rcvd_dt, cxl)
WITH x AS (
    SELECT i.item_id AS k, i.fab_id, i.job_id, j.booked_dt + i.item_id % 3 AS od,
           ceil(i.m_used + 0.5) AS metres, j.cancelled_dt,
           i.item_id % 41 = 0 AS backorder, i.item_id % 97 = 5 AS sup_cxl, i.item_id % 4 AS extra
    FROM job_items i
    JOIN jobs j ON j.job_id = i.job_id
    WHERE i.fab_id IS NOT NULL AND i.item_id % 6 <> 0
    UNION ALL
    SELECT 100000 + g, fr.ids[1 + (g * 5) % array_length(fr.ids, 1)], NULL,
           date '2024-01-15' + g * 23, 25 + (g % 2) * 5, NULL, false, false, g % 4
    FROM generate_series(1, 46) AS g
    CROSS JOIN (SELECT array_agg(fab_id ORDER BY fab_id) AS ids FROM fabric WHERE fr_ok = 'Y' AND disc_dt IS NULL) AS fr
), y AS (
    SELECT x.*, f.cost_per_m AS list,
           od + s.lead_days + extra + CASE WHEN backorder THEN 30 ELSE 0 END AS rr
    FROM x
    JOIN fabric f ON f.fab_id = x.fab_id
    JOIN suppliers s ON s.sup_id = f.sup_id
    WHERE od <= date '2026-11-30' AND (cancelled_dt IS NULL OR od < cancelled_dt)
), z AS (
    SELECT y.*,
           round(list * CASE WHEN od < date '2025-01-01' THEN 0.94 WHEN od < date '2026-01-01' THEN 0.97 ELSE 1 END
                      * CASE WHEN metres >= 25 THEN 0.9 ELSE 1 END, 2) AS cpm,
           sup_cxl OR (cancelled_dt IS NOT NULL AND cancelled_dt < rr) AS is_cxl
    FROM y
)
SELECT row_number() OVER (ORDER BY od, k), fab_id, job_id, od, metres, cpm,
       round(metres * cpm + CASE WHEN metres < 3 THEN 6.50 ELSE 0 END, 2),
       CASE WHEN NOT is_cxl AND rr <= date '2026-11-30' THEN rr END,
       CASE WHEN is_cxl THEN 'Y' ELSE 'N' END
FROM z;

-- van runs: collections (unless the customer dropped it off) and deliveries (unless they picked it up),
-- with failed attempts re-booked as a new run
INSERT INTO van_runs (run_id, job_id, run_typ, plan_dt, done_dt, fail_rsn, drv_id, miles, chg_amt)
WITH j AS (
    SELECT j.*, c.miles AS cm
    FROM jobs j JOIN cust c ON c.cust_id = j.cust_id
), r AS (
    -- failed collection attempts
    SELECT job_id, 'C' AS typ, booked_dt + 1 + job_id % 4 AS pd, false AS ok, 1 AS att, cm, cancelled_dt
    FROM j WHERE job_id % 6 <> 0 AND job_id % 31 = 0
    UNION ALL
    -- collections
    SELECT job_id, 'C', booked_dt + 1 + job_id % 4 + CASE WHEN job_id % 31 = 0 THEN 3 ELSE 0 END, true, 2, cm, cancelled_dt
    FROM j WHERE job_id % 6 <> 0
    UNION ALL
    -- failed delivery attempts
    SELECT job_id, 'D', back_dt - 2, false, 1, cm, NULL
    FROM j WHERE back_dt IS NOT NULL AND job_id % 8 <> 0 AND job_id % 23 = 0 AND back_dt - 2 > done_dt
    UNION ALL
    -- deliveries
    SELECT job_id, 'D', back_dt, true, 2, cm, NULL
    FROM j WHERE back_dt IS NOT NULL AND job_id % 8 <> 0
), f AS (
    SELECT r.*, row_number() OVER (ORDER BY pd, job_id, typ, att)::int AS rid
    FROM r
    WHERE pd <= date '2026-11-30' AND (cancelled_dt IS NULL OR pd < cancelled_dt)
)
SELECT rid, job_id, typ, pd,
       CASE WHEN ok THEN pd END,
       CASE WHEN ok THEN NULL
            WHEN (job_id / 23 + job_id / 31) % 10 < 5 THEN 'N'
            WHEN (job_id / 23 + job_id / 31) % 10 < 7 THEN 'C'
            WHEN (job_id / 23 + job_id / 31) % 10 < 9 THEN 'V'
            ELSE 'A' END,
       CASE WHEN rid % 19 = 0 THEN 2 WHEN pd < date '2025-06-28' THEN 5 ELSE 6 END,
       cm * 2,
       CASE WHEN NOT ok OR cm <= 10 THEN 0 ELSE round(cm * 1.20, 2) END
FROM f;

-- payments: deposits, balances on return (incl. van charges), trade invoices paid on ~30 days, refunds
INSERT INTO pmt (pmt_id, job_id, pd_dt, amt, mth, dep_yn)
WITH j AS (
    SELECT j.*, c.cust_typ, c.trade_acct,
           coalesce((SELECT sum(v.chg_amt) FROM van_runs v WHERE v.job_id = j.job_id), 0) AS van
    FROM jobs j JOIN cust c ON c.cust_id = j.cust_id
    WHERE j.price_amt > 0
), p AS (
    SELECT job_id, booked_dt AS d, dep_amt AS a, 'Y' AS dep, 1 AS k, cust_typ, trade_acct FROM j
    WHERE trade_acct = 'N'
    UNION ALL
    SELECT job_id, back_dt, price_amt - dep_amt + van, 'N', 2, cust_typ, trade_acct FROM j
    WHERE trade_acct = 'N' AND back_dt IS NOT NULL AND job_id % 29 <> 0
    UNION ALL
    SELECT job_id, back_dt + 14 + (job_id * 7) % 32, price_amt + van, 'N', 2, cust_typ, trade_acct FROM j
    WHERE trade_acct = 'Y' AND back_dt IS NOT NULL
    UNION ALL
    SELECT job_id, cancelled_dt + 3, -dep_amt, 'Y', 3, cust_typ, trade_acct FROM j
    WHERE cancelled_dt IS NOT NULL AND trade_acct = 'N' AND job_id % 2 = 0
)
SELECT row_number() OVER (ORDER BY d, job_id, k), job_id, d, a,
       CASE WHEN trade_acct = 'Y' AND cust_typ = 'C' AND job_id % 2 = 0 THEN 'Q'
            WHEN trade_acct = 'Y' THEN 'B'
            WHEN job_id % 43 = 0 THEN 'Q'
            WHEN k = 3 THEN CASE WHEN job_id % 20 < 14 THEN 'C' ELSE 'B' END
            WHEN (job_id * 3 + k) % 20 < 12 THEN 'C'
            WHEN (job_id * 3 + k) % 20 < 17 THEN 'B'
            ELSE 'K' END,
       dep
FROM p
WHERE d <= date '2026-11-30';

-- workshop hours: the lead upholsterer, an apprentice on every third job, Maureen's check on some others
INSERT INTO job_hrs (job_id, staff_id, hrs)
WITH t AS (
    SELECT i.job_id,
           sum(i.qty * CASE i.piece WHEN 'SOFA3' THEN 14 WHEN 'SOFA2' THEN 11 WHEN 'CHAISE' THEN 10 WHEN 'CHAIR' THEN 6.5
                                     WHEN 'DINE' THEN 1.5 WHEN 'STOOL' THEN 1.8 WHEN 'CUSH' THEN 0.8 WHEN 'HEADB' THEN 4 ELSE 3.5 END
               + CASE WHEN i.re_spring = 'Y' THEN 2.5 * i.qty ELSE 0 END) AS h
    FROM job_items i GROUP BY i.job_id
), j AS (
    SELECT j.job_id, j.lead_id, j.booked_dt, j.job_st, t.h,
           CASE WHEN j.job_st = 'W' THEN 0.5 ELSE 1 END AS part,
           CASE WHEN j.job_id % 3 <> 0 THEN NULL
                WHEN j.booked_dt <= date '2024-08-30' THEN 7
                WHEN j.booked_dt >= date '2024-09-02' AND j.lead_id <> 4 THEN 4 END AS appr
    FROM jobs j JOIN t ON t.job_id = j.job_id
    WHERE j.job_st IN ('W', 'R', 'C')
)
SELECT job_id, lead_id, round(h * part * CASE WHEN appr IS NULL THEN 1 ELSE 0.75 END, 2) FROM j
UNION ALL
SELECT job_id, appr, round(h * part * 0.35, 2) FROM j WHERE appr IS NOT NULL
UNION ALL
SELECT job_id, 1, 1.00 FROM j WHERE job_id % 5 = 0 AND lead_id <> 1 AND job_st <> 'W';
