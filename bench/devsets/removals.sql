-- Hollis & Sons Removals, Nottingham - the office database.
-- We're a family firm (Dave, his brother Gaz and our Tom) doing house moves around
-- Nottingham and further afield. Somebody rings or fills in the website form, we do a
-- survey (round at their house, or over a video call) and send a quote. Some accept and
-- we book the move in, some never get back to us, and now and then we turn a job down
-- ourselves (too far, no dates, access is daft). A move has a date, the postcode we load
-- at and the postcode we deliver to, a crew of 2 to 4 porters and one or two vans.
-- Extras (packing, boxes, storage, pianos, taking beds and wardrobes apart) go on the
-- move with their own price. Storage is in our containers at the yard, rented by the week
-- - the container register shows who has which one, no end date means it is still full.
-- If something gets broken the customer raises a damage claim; we settle it, reject it,
-- or it sits open while we look into it. The vans have their MOTs, services and repairs
-- logged, and every fill-up on the fuel card is here. Porters are paid a day rate; the
-- casual lads only when we have work for them.

DROP TABLE IF EXISTS damage_claims;
DROP TABLE IF EXISTS storage_hire;
DROP TABLE IF EXISTS container_register;
DROP TABLE IF EXISTS fuel_card;
DROP TABLE IF EXISTS van_service;
DROP TABLE IF EXISTS move_crew;
DROP TABLE IF EXISTS move_extras;
DROP TABLE IF EXISTS moves;
DROP TABLE IF EXISTS quote;
DROP TABLE IF EXISTS vans;
DROP TABLE IF EXISTS porters;
DROP TABLE IF EXISTS customers;

CREATE TABLE customers (
    id          integer PRIMARY KEY,
    name        text NOT NULL,
    phone       text,
    email       text,
    postcode    text,
    src         char(1) NOT NULL,
    is_business boolean NOT NULL DEFAULT false,
    created_dt  date NOT NULL,
    notes       text
);

CREATE TABLE porters (
    id        integer PRIMARY KEY,
    name      text NOT NULL,
    phone     text,
    day_rate  numeric(8,2) NOT NULL,
    casual    boolean NOT NULL DEFAULT false,
    hgv_lic   boolean NOT NULL DEFAULT false,
    start_dt  date NOT NULL,
    left_dt   date
);

CREATE TABLE vans (
    id          integer PRIMARY KEY,
    reg         text NOT NULL UNIQUE,
    make_model  text NOT NULL,
    body_cd     char(1) NOT NULL,
    bought_dt   date NOT NULL,
    sold_dt     date,
    notes       text
);

CREATE TABLE quote (
    id           integer PRIMARY KEY,
    cust_id      integer NOT NULL REFERENCES customers(id),
    quote_dt     date NOT NULL,
    survey_typ   char(1) NOT NULL,
    from_pc      text NOT NULL,
    to_pc        text NOT NULL,
    beds         integer NOT NULL,
    est_amt      numeric(10,2) NOT NULL,
    st           char(1) NOT NULL,
    accepted_dt  date,
    notes        text
);

CREATE TABLE moves (
    id          integer PRIMARY KEY,
    quote_id    integer NOT NULL UNIQUE REFERENCES quote(id),
    cust_id     integer NOT NULL REFERENCES customers(id),
    move_dt     date NOT NULL,
    from_pc     text NOT NULL,
    to_pc       text NOT NULL,
    crew_qty    integer NOT NULL,
    van_id      integer NOT NULL REFERENCES vans(id),
    van2_id     integer REFERENCES vans(id),
    price_amt   numeric(10,2) NOT NULL,
    deposit_pd  boolean NOT NULL DEFAULT false,
    paid_dt     date,
    st          char(1) NOT NULL,
    notes       text
);

CREATE TABLE move_extras (
    id        integer PRIMARY KEY,
    move_id   integer NOT NULL REFERENCES moves(id),
    extra_cd  char(1) NOT NULL,
    qty       numeric(8,2) NOT NULL,
    unit_amt  numeric(10,2) NOT NULL,
    disc_pct  numeric(5,2) NOT NULL DEFAULT 0
);

CREATE TABLE move_crew (
    move_id    integer NOT NULL REFERENCES moves(id),
    porter_id  integer NOT NULL REFERENCES porters(id),
    days       numeric(3,1) NOT NULL,
    is_lead    boolean NOT NULL DEFAULT false,
    PRIMARY KEY (move_id, porter_id)
);

CREATE TABLE van_service (
    id        integer PRIMARY KEY,
    van_id    integer NOT NULL REFERENCES vans(id),
    svc_dt    date NOT NULL,
    svc_typ   char(1) NOT NULL,
    result    char(1),
    cost_amt  numeric(10,2) NOT NULL,
    garage    text,
    mileage   integer,
    notes     text
);

CREATE TABLE fuel_card (
    id       integer PRIMARY KEY,
    van_id   integer NOT NULL REFERENCES vans(id),
    txn_dt   date NOT NULL,
    prod_cd  char(1) NOT NULL,
    litres   numeric(8,2),
    amt      numeric(10,2) NOT NULL,
    station  text
);

CREATE TABLE container_register (
    id           integer PRIMARY KEY,
    cont_ref     text NOT NULL UNIQUE,
    size_cd      char(1) NOT NULL,
    wk_rate      numeric(8,2) NOT NULL,
    serviceable  boolean NOT NULL DEFAULT true,
    notes        text
);

CREATE TABLE storage_hire (
    id        integer PRIMARY KEY,
    cont_id   integer NOT NULL REFERENCES container_register(id),
    cust_id   integer NOT NULL REFERENCES customers(id),
    move_id   integer REFERENCES moves(id),
    start_dt  date NOT NULL,
    end_dt    date,
    wk_amt    numeric(8,2) NOT NULL,
    notes     text
);

CREATE TABLE damage_claims (
    id           integer PRIMARY KEY,
    claim_ref    text NOT NULL UNIQUE,
    move_id      integer NOT NULL REFERENCES moves(id),
    raised_dt    date NOT NULL,
    item         text NOT NULL,
    claim_amt    numeric(10,2) NOT NULL,
    st           char(1) NOT NULL,
    settled_amt  numeric(10,2),
    closed_dt    date,
    notes        text
);

COMMENT ON TABLE customers IS 'Everyone who has asked us for a quote, whether they moved with us or not.';
COMMENT ON COLUMN customers.postcode IS 'Postcode of the address they gave us when they first got in touch.';
COMMENT ON COLUMN customers.src IS 'How they found us: W = website form, G = Google, F = Facebook, R = recommended by a past customer, E = estate agent passed them on.';
COMMENT ON COLUMN customers.is_business IS 'True for office / shop moves, false for house moves.';
COMMENT ON COLUMN customers.created_dt IS 'Date they first got in touch.';

COMMENT ON TABLE porters IS 'Our porters (the lads and lasses who do the lifting), employed and casual.';
COMMENT ON COLUMN porters.day_rate IS 'What we pay them for a full day on a job, in pounds. Half days are paid half.';
COMMENT ON COLUMN porters.casual IS 'True = casual, only paid for the days we call them in; false = on the books.';
COMMENT ON COLUMN porters.hgv_lic IS 'Can drive the 7.5 tonner (C1 on the licence).';
COMMENT ON COLUMN porters.left_dt IS 'Last day with us. Empty = still works here.';

COMMENT ON TABLE vans IS 'Our vans, including the ones we have sold.';
COMMENT ON COLUMN vans.reg IS 'Registration plate.';
COMMENT ON COLUMN vans.body_cd IS 'Body: L = Luton box van, T = 7.5 tonne lorry, S = short wheelbase Transit for small jobs.';
COMMENT ON COLUMN vans.sold_dt IS 'Date we sold / scrapped it. Empty = still in the fleet.';

COMMENT ON TABLE quote IS 'Every quote we have given after a survey. An accepted quote becomes a move.';
COMMENT ON COLUMN quote.cust_id IS 'Customer the quote is for.';
COMMENT ON COLUMN quote.quote_dt IS 'Date of the survey / quote.';
COMMENT ON COLUMN quote.survey_typ IS 'How we surveyed: H = home visit in person, V = video call.';
COMMENT ON COLUMN quote.from_pc IS 'Postcode we would load at.';
COMMENT ON COLUMN quote.to_pc IS 'Postcode we would deliver to.';
COMMENT ON COLUMN quote.beds IS 'Size of the job in bedrooms (offices counted as the nearest equivalent).';
COMMENT ON COLUMN quote.est_amt IS 'Quoted price in pounds, before any extras.';
COMMENT ON COLUMN quote.st IS 'Status: O = out with the customer, waiting to hear; A = accepted, move booked; N = never heard back / went elsewhere; D = declined by us.';
COMMENT ON COLUMN quote.accepted_dt IS 'Date they said yes. Empty unless accepted.';
COMMENT ON COLUMN quote.notes IS 'Free text - usually why we turned it down.';

COMMENT ON TABLE moves IS 'Booked moves - one per accepted quote.';
COMMENT ON COLUMN moves.move_dt IS 'Moving day.';
COMMENT ON COLUMN moves.from_pc IS 'Postcode we load at.';
COMMENT ON COLUMN moves.to_pc IS 'Postcode we deliver to.';
COMMENT ON COLUMN moves.crew_qty IS 'Number of porters on the job (2 to 4).';
COMMENT ON COLUMN moves.van_id IS 'Main van on the job.';
COMMENT ON COLUMN moves.van2_id IS 'Second van when the job needs two. Empty = one van only.';
COMMENT ON COLUMN moves.price_amt IS 'Agreed price for the move in pounds, not counting extras.';
COMMENT ON COLUMN moves.deposit_pd IS 'Has the booking deposit been paid.';
COMMENT ON COLUMN moves.paid_dt IS 'Date the balance was paid. Empty = not paid yet.';
COMMENT ON COLUMN moves.st IS 'Status: B = booked, not happened yet; D = done; X = cancelled.';

COMMENT ON TABLE move_extras IS 'Extra services added to a move, each with its own price.';
COMMENT ON COLUMN move_extras.extra_cd IS 'Type of extra: P = packing service, B = boxes and materials, S = storage, K = piano, D = dismantling and reassembling furniture.';
COMMENT ON COLUMN move_extras.qty IS 'How many: rooms packed, boxes, weeks of storage, pianos, items taken apart.';
COMMENT ON COLUMN move_extras.unit_amt IS 'Price per one, in pounds. 0 when we threw it in for free.';
COMMENT ON COLUMN move_extras.disc_pct IS 'Discount off this extra, in percent (10 = 10% off).';

COMMENT ON TABLE move_crew IS 'Which porters worked on which move, and for how long.';
COMMENT ON COLUMN move_crew.days IS 'Days worked on the job: 0.5, 1 or 2 (long distance).';
COMMENT ON COLUMN move_crew.is_lead IS 'In charge on the day.';

COMMENT ON TABLE van_service IS 'MOTs, services and repairs on the vans.';
COMMENT ON COLUMN van_service.svc_typ IS 'Type: M = MOT, S = service, R = repair.';
COMMENT ON COLUMN van_service.result IS 'MOT result: P = pass, A = pass with advisories, F = fail. Empty for services and repairs.';
COMMENT ON COLUMN van_service.cost_amt IS 'What the garage charged, in pounds.';

COMMENT ON TABLE fuel_card IS 'Every transaction on the fuel cards, one card per van.';
COMMENT ON COLUMN fuel_card.prod_cd IS 'What was bought: D = diesel, A = AdBlue, O = other (screenwash, oil, etc).';
COMMENT ON COLUMN fuel_card.amt IS 'Amount charged in pounds. 0 for a voided transaction.';

COMMENT ON TABLE container_register IS 'The container register: the storage containers in the yard.';
COMMENT ON COLUMN container_register.cont_ref IS 'Number painted on the container.';
COMMENT ON COLUMN container_register.size_cd IS 'Size: S = standard 250 cu ft, L = large 400 cu ft.';
COMMENT ON COLUMN container_register.wk_rate IS 'Standard weekly rent in pounds.';
COMMENT ON COLUMN container_register.serviceable IS 'False = damaged, not to be rented out.';

COMMENT ON TABLE storage_hire IS 'Who has rented which container and when. Rent is by the week.';
COMMENT ON COLUMN storage_hire.move_id IS 'The move the goods came in on, if they came in with us.';
COMMENT ON COLUMN storage_hire.start_dt IS 'Date the goods went into the container.';
COMMENT ON COLUMN storage_hire.end_dt IS 'Date the container was emptied. Empty = still in storage.';
COMMENT ON COLUMN storage_hire.wk_amt IS 'Weekly rent agreed with this customer, in pounds.';

COMMENT ON TABLE damage_claims IS 'Damage claims raised by customers after a move.';
COMMENT ON COLUMN damage_claims.claim_amt IS 'What the customer claimed, in pounds.';
COMMENT ON COLUMN damage_claims.st IS 'Status: O = open, still looking into it; S = settled (we paid out); R = rejected.';
COMMENT ON COLUMN damage_claims.settled_amt IS 'What we paid out. Only for settled claims.';
COMMENT ON COLUMN damage_claims.closed_dt IS 'Date settled or rejected. Empty = still open.';

-- ---------------------------------------------------------------- data

INSERT INTO customers (id, name, phone, email, postcode, src, is_business, created_dt, notes)
SELECT c,
       (ARRAY['Sarah','James','Emma','Mohammed','Laura','Daniel','Priya','Chris','Hannah','Paul',
              'Aisha','Mark','Rachel','Tomasz','Claire','Andrew','Sophie','Imran','Jade','Richard',
              'Megan','Oliver','Zainab','Stuart','Kelly','Graham','Niamh','Ben','Anita','Wayne'])[1 + (c * 7) % 30]
       || ' ' ||
       (ARRAY['Smith','Patel','Jones','Wright','Khan','Taylor','Brown','Walker','Hughes','Green',
              'Hall','Clarke','Wood','Kowalski','Turner','Hill','Begum','Cooper','Ward','Morris',
              'Shaw','Ahmed','Baker','Harris','Dixon','Lee','Bennett','Mills','Chapman','Foster'])[1 + (c * 13 + c / 30) % 30],
       CASE WHEN c % 17 = 0 THEN NULL ELSE '07' || lpad(((c * 7919 + 1234567) % 1000000000)::text, 9, '0') END,
       CASE WHEN c % 9 = 4 THEN NULL
            ELSE 'cust' || c || '@' || (ARRAY['gmail.com','hotmail.co.uk','outlook.com','yahoo.co.uk','btinternet.com'])[1 + c % 5] END,
       CASE WHEN c % 8 = 5
            THEN (ARRAY['DE1','DE22','LE11','LE4','S10','LN6','NN1','M20','B15','SW11'])[1 + c % 10]
            ELSE 'NG' || (1 + (c * 7) % 16) END
       || ' ' || (c % 9 + 1)
       || substr('ABDEFGHJLNPQRSTUWXYZ', 1 + (c * 3) % 20, 1)
       || substr('ABDEFGHJLNPQRSTUWXYZ', 1 + (c * 11) % 20, 1),
       (ARRAY['W','G','G','R','F','W','E','R','G','W'])[1 + (c * 3) % 10],
       (c % 23 = 0),
       date '2024-01-02' + ((c - 1) * 1063 / 1300),
       CASE WHEN c % 41 = 0 THEN 'Prefers a call after 6pm'
            WHEN c % 53 = 0 THEN 'Has a dog - keep front door shut'
            ELSE NULL END
FROM generate_series(1, 1300) AS c;

INSERT INTO porters (id, name, phone, day_rate, casual, hgv_lic, start_dt, left_dt) VALUES
 (1,  'Dave Hollis',    '07700 900101', 150.00, false, true,  '2009-04-01', NULL),
 (2,  'Gaz Hollis',     '07700 900102', 145.00, false, true,  '2011-06-15', NULL),
 (3,  'Kev Marsh',      '07700 900103', 135.00, false, true,  '2018-02-01', NULL),
 (4,  'Lee Barker',     '07700 900104', 130.00, false, false, '2021-09-06', NULL),
 (5,  'Tom Hollis',     '07700 900105', 120.00, false, false, '2023-05-01', NULL),
 (6,  'Ryan Ash',       NULL,           110.00, true,  false, '2023-08-14', '2024-09-30'),
 (7,  'Jordan Pike',    '07700 900107', 115.00, true,  false, '2024-03-04', NULL),
 (8,  'Sam Okafor',     '07700 900108', 125.00, false, true,  '2022-01-10', '2025-08-15'),
 (9,  'Nathan Briggs',  '07700 900109', 115.00, true,  false, '2025-03-03', NULL),
 (10, 'Callum Reid',    '07700 900110', 130.00, false, true,  '2025-09-01', NULL),
 (11, 'Marek Nowak',    '07700 900111', 120.00, true,  false, '2024-06-10', NULL),
 (12, 'Liam Taft',      NULL,           110.00, true,  false, '2026-02-02', NULL),
 (13, 'Ade Bello',      '07700 900113', 135.00, false, false, '2020-01-06', NULL),
 (14, 'Shannon Cole',   '07700 900114', 110.00, true,  false, '2026-12-01', NULL);

INSERT INTO vans (id, reg, make_model, body_cd, bought_dt, sold_dt, notes) VALUES
 (1, 'FD18 XKR', 'Ford Transit Luton',        'L', '2018-07-20', NULL,         NULL),
 (2, 'FN19 HTO', 'Ford Transit Luton',        'L', '2019-03-11', NULL,         'Tail lift sticks in the cold'),
 (3, 'FE16 NBZ', 'Iveco Eurocargo 7.5t',      'T', '2016-05-02', '2025-06-30', 'Sold to Brian at Bulwell Motors'),
 (4, 'FH20 RWA', 'Ford Transit Custom SWB',   'S', '2020-09-01', NULL,         NULL),
 (5, 'FY21 LPD', 'Peugeot Boxer Luton',       'L', '2021-04-19', NULL,         NULL),
 (6, 'FD24 MEX', 'DAF LF 7.5t',               'T', '2024-05-20', NULL,         'Replaced the Iveco'),
 (7, 'FX26 KJB', 'Ford Transit Luton',        'L', '2026-03-14', NULL,         NULL);

-- quotes: one first quote per customer on the day they got in touch, plus repeat quotes
INSERT INTO quote (id, cust_id, quote_dt, survey_typ, from_pc, to_pc, beds, est_amt, st, accepted_dt, notes)
WITH raw AS (
    SELECT c.id AS cust_id, c.created_dt AS quote_dt FROM customers c
    UNION ALL
    SELECT 1 + (k * 37) % 900, c.created_dt + 150 + (k * 53) % 400
    FROM generate_series(1, 200) AS k
    JOIN customers c ON c.id = 1 + (k * 37) % 900
), numbered AS (
    SELECT row_number() OVER (ORDER BY quote_dt, cust_id)::int AS id, cust_id, quote_dt
    FROM raw WHERE quote_dt <= date '2026-11-30'
), attrs AS (
    SELECT n.*, c.postcode,
           1 + (n.id * 7) % 5 AS beds,
           (n.id * 29) % 100 AS h,
           ((n.id * 13) % 100 < 12) AS far
    FROM numbered n JOIN customers c ON c.id = n.cust_id
)
SELECT id, cust_id, quote_dt,
       CASE WHEN (id * 17) % 10 < 2 + (extract(year FROM quote_dt)::int - 2024) * 2 THEN 'V' ELSE 'H' END,
       postcode,
       CASE WHEN far
            THEN (ARRAY['DE1','DE22','LE11','LE4','S10','LN6','NN1','M20','B15','SW11'])[1 + id % 10]
            ELSE 'NG' || (1 + (id * 5) % 16) END
       || ' ' || ((id * 3) % 9 + 1)
       || substr('ABDEFGHJLNPQRSTUWXYZ', 1 + (id * 7) % 20, 1)
       || substr('ABDEFGHJLNPQRSTUWXYZ', 1 + (id * 17) % 20, 1),
       beds,
       325 + beds * 215 + ((id * 37) % 101) * 2.5 + CASE WHEN far THEN 400 ELSE 0 END,
       CASE WHEN h < 47 THEN 'A'
            WHEN h >= 90 THEN 'D'
            WHEN quote_dt > date '2026-10-31' THEN 'O'
            ELSE 'N' END,
       CASE WHEN h < 47 THEN quote_dt + 1 + id % 9 END,
       CASE WHEN h >= 90 THEN (ARRAY['Too far for us','No dates free that week','Access too tight - 4th floor, no lift',
                                      'Wanted it done for under 200','Double booked that Saturday'])[1 + id % 5]
            WHEN h < 47 AND id % 19 = 0 THEN 'Wants the same crew as last time'
            ELSE NULL END
FROM attrs;

-- moves: one per accepted quote
INSERT INTO moves (id, quote_id, cust_id, move_dt, from_pc, to_pc, crew_qty, van_id, van2_id, price_amt, deposit_pd, paid_dt, st, notes)
WITH acc AS (
    SELECT q.*, q.accepted_dt + 7 + (q.id * 13) % 45 AS move_dt
    FROM quote q WHERE q.st = 'A'
), numbered AS (
    SELECT row_number() OVER (ORDER BY move_dt, id)::int AS mid, acc.* FROM acc
), vanpick AS (
    SELECT n.mid, v.id AS vid,
           row_number() OVER (PARTITION BY n.mid ORDER BY v.id) AS rn,
           count(*) OVER (PARTITION BY n.mid) AS nv
    FROM numbered n
    JOIN vans v ON v.bought_dt <= n.move_dt AND (v.sold_dt IS NULL OR v.sold_dt > n.move_dt)
)
SELECT n.mid, n.id, n.cust_id, n.move_dt, n.from_pc, n.to_pc,
       2 + (n.beds >= 3)::int + (n.beds >= 5)::int,
       (SELECT vid FROM vanpick p WHERE p.mid = n.mid AND p.rn = 1 + (n.mid * 3) % p.nv),
       CASE WHEN n.beds >= 4 THEN (SELECT vid FROM vanpick p WHERE p.mid = n.mid AND p.rn = 1 + (n.mid * 3 + 1) % p.nv) END,
       n.est_amt - CASE WHEN n.mid % 11 = 0 THEN 25 ELSE 0 END,
       (n.mid % 13 <> 0),
       CASE WHEN n.move_dt > date '2026-11-30' THEN NULL
            WHEN (n.mid * 19) % 100 < 6 THEN NULL
            WHEN (n.mid * 23) % 100 < 7 THEN NULL
            ELSE n.move_dt + n.mid % 15 END,
       CASE WHEN n.move_dt > date '2026-11-30' THEN 'B'
            WHEN (n.mid * 19) % 100 < 6 THEN 'X'
            ELSE 'D' END,
       CASE WHEN (n.mid * 19) % 100 < 6 AND n.move_dt <= date '2026-11-30' THEN 'Customer''s chain fell through'
            WHEN n.mid % 31 = 0 THEN 'Parking permit needed at delivery'
            ELSE NULL END
FROM numbered n;

-- edge cases on moves: a free goodwill move, and moves right on the year boundaries
UPDATE moves SET price_amt = 0, notes = 'Done free for the St Ann''s food bank - goodwill'
WHERE id = (SELECT min(id) FROM moves WHERE st = 'D' AND move_dt BETWEEN '2024-10-01' AND '2024-10-31');
UPDATE moves SET move_dt = date '2026-01-01', st = 'D', paid_dt = date '2026-01-05', notes = 'New Year''s Day job - double time'
WHERE id = (SELECT min(id) FROM moves WHERE move_dt BETWEEN '2025-12-27' AND '2025-12-31');
UPDATE moves SET move_dt = date '2024-12-31', st = 'D', paid_dt = date '2024-12-31'
WHERE id = (SELECT max(id) FROM moves WHERE move_dt BETWEEN '2024-12-24' AND '2024-12-30');

-- extras (never on cancelled moves)
INSERT INTO move_extras (id, move_id, extra_cd, qty, unit_amt, disc_pct)
WITH cand AS (
    SELECT m.id AS move_id, q.beds, x.cd, x.ord
    FROM moves m JOIN quote q ON q.id = m.quote_id
    CROSS JOIN (VALUES ('P', 1), ('B', 2), ('S', 3), ('K', 4), ('D', 5)) AS x(cd, ord)
    WHERE m.st <> 'X'
      AND CASE x.cd
            WHEN 'P' THEN (m.id * 7) % 10 < 3
            WHEN 'B' THEN (m.id * 11) % 10 < 4
            WHEN 'S' THEN (m.id * 13) % 100 < 8
            WHEN 'K' THEN (m.id * 17) % 100 < 5
            ELSE (m.id * 3) % 10 < 3
          END
)
SELECT row_number() OVER (ORDER BY move_id, ord)::int, move_id, cd,
       CASE cd WHEN 'P' THEN beds + 1
               WHEN 'B' THEN 20 + beds * 10
               WHEN 'S' THEN 2 + (move_id * 7) % 20
               WHEN 'K' THEN 1
               ELSE 1 + move_id % 4 END,
       CASE cd WHEN 'P' THEN 85.00
               WHEN 'B' THEN 1.80
               WHEN 'S' THEN 25.00
               WHEN 'K' THEN CASE WHEN move_id % 3 = 0 THEN 250.00 ELSE 180.00 END
               ELSE CASE WHEN move_id % 7 = 3 THEN 0 ELSE 35.00 END END,
       CASE WHEN (move_id + ord) % 9 = 0 THEN 10
            WHEN (move_id + ord) % 23 = 0 THEN 15
            ELSE 0 END
FROM cand;

-- crew: a run of crew_qty porters among those working for us on the day (done moves only)
INSERT INTO move_crew (move_id, porter_id, days, is_lead)
WITH avail AS (
    SELECT m.id AS move_id, m.crew_qty, m.to_pc, q.beds, p.id AS porter_id,
           row_number() OVER (PARTITION BY m.id ORDER BY p.id) AS rn,
           count(*) OVER (PARTITION BY m.id) AS np
    FROM moves m
    JOIN quote q ON q.id = m.quote_id
    JOIN porters p ON p.start_dt <= m.move_dt AND (p.left_dt IS NULL OR p.left_dt > m.move_dt)
    WHERE m.st = 'D'
), picked AS (
    SELECT a.*, ((a.rn - 1 - (a.move_id * 7 + a.move_id / 3) % a.np) + a.np) % a.np AS pos
    FROM avail a
)
SELECT move_id, porter_id,
       CASE WHEN to_pc NOT LIKE 'NG%' THEN 2.0
            WHEN beds = 1 AND move_id % 2 = 0 THEN 0.5
            ELSE 1.0 END,
       pos = 0
FROM picked WHERE pos < crew_qty;

-- van garage records: yearly MOT (with a retest after a fail), two services a year, some repairs
INSERT INTO van_service (id, van_id, svc_dt, svc_typ, result, cost_amt, garage, mileage, notes)
WITH ev AS (
    -- MOTs
    SELECT v.id AS van_id, make_date(y, 1 + (v.id * 5) % 12, 3 + v.id * 3) AS svc_dt, 'M' AS svc_typ,
           CASE WHEN (v.id * 7 + y) % 5 = 0 THEN 'F' WHEN (v.id + y) % 3 = 0 THEN 'A' ELSE 'P' END AS result,
           54.85 AS cost_amt, 'Basford MOT Centre' AS garage, NULL::text AS notes
    FROM vans v CROSS JOIN generate_series(2024, 2026) AS y
    UNION ALL
    -- MOT retests after a fail, a week later
    SELECT v.id, make_date(y, 1 + (v.id * 5) % 12, 3 + v.id * 3) + 7, 'M', 'P', 0.00, 'Basford MOT Centre', 'Free retest'
    FROM vans v CROSS JOIN generate_series(2024, 2026) AS y
    WHERE (v.id * 7 + y) % 5 = 0
    UNION ALL
    -- services every six months (van 4 has missed its 2026 ones)
    SELECT v.id, make_date(y, 1 + (v.id * 5 + 3 + h * 6) % 12, 20 - v.id), 'S', NULL,
           CASE v.body_cd WHEN 'T' THEN 420.00 WHEN 'L' THEN 285.00 ELSE 219.00 END + (v.id * 11 + y) % 40,
           CASE WHEN v.body_cd = 'T' THEN 'Trent Commercials' ELSE 'Hucknall Road Garage' END, NULL
    FROM vans v CROSS JOIN generate_series(2024, 2026) AS y CROSS JOIN generate_series(0, 1) AS h
    WHERE NOT (v.id = 4 AND y = 2026)
    UNION ALL
    -- repairs
    SELECT 1 + (r * 3) % 7, date '2024-01-15' + r * 41, 'R', NULL,
           95.00 + ((r * 37) % 23) * 25,
           'Hucknall Road Garage',
           (ARRAY['New tail lift ram','Clutch','Brake pads and discs','Wing mirror','Tyres x2','Exhaust bracket','Battery'])[1 + r % 7]
    FROM generate_series(0, 25) AS r
)
SELECT row_number() OVER (ORDER BY ev.svc_dt, ev.van_id, ev.svc_typ)::int,
       ev.van_id, ev.svc_dt, ev.svc_typ, ev.result, ev.cost_amt, ev.garage,
       (8000 + (ev.svc_dt - v.bought_dt) * (30 + v.id * 4))::int,
       ev.notes
FROM ev JOIN vans v ON v.id = ev.van_id
WHERE ev.svc_dt >= v.bought_dt AND (v.sold_dt IS NULL OR ev.svc_dt < v.sold_dt)
  AND ev.svc_dt BETWEEN date '2024-01-01' AND date '2026-11-30';

-- fuel card: a fill-up every few days per van while we own it
INSERT INTO fuel_card (id, van_id, txn_dt, prod_cd, litres, amt, station)
WITH tx AS (
    SELECT v.id AS van_id, d::date AS txn_dt, (d::date - date '2024-01-01') AS dn
    FROM vans v CROSS JOIN generate_series(date '2024-01-01', date '2026-11-30', interval '1 day') AS d
    WHERE d::date >= v.bought_dt AND (v.sold_dt IS NULL OR d::date < v.sold_dt)
      AND ((d::date - date '2024-01-01') + v.id * 3) % (3 + v.id % 3) = 0
), numbered AS (
    SELECT row_number() OVER (ORDER BY txn_dt, van_id)::int AS id, tx.* FROM tx
)
SELECT id, van_id, txn_dt,
       CASE WHEN id % 13 = 0 THEN 'A' WHEN id % 47 = 0 THEN 'O' ELSE 'D' END,
       CASE WHEN id % 13 = 0 THEN 10.00 WHEN id % 47 = 0 THEN NULL ELSE 35 + (id * 7) % 46 END,
       CASE WHEN id % 13 = 0 THEN 12.99
            WHEN id % 47 = 0 THEN 6.49
            WHEN id % 211 = 5 THEN 0.00
            ELSE round((35 + (id * 7) % 46) * (1.42 + ((dn / 30) % 9) * 0.02), 2) END,
       (ARRAY['Esso Mansfield Rd','Shell Derby Rd','BP Hucknall Ln','Tesco Bulwell','Asda Hyson Green','Morrisons Netherfield'])[1 + (id * 5) % 6]
FROM numbered;

-- a fill-up right on New Year's Day
INSERT INTO fuel_card (id, van_id, txn_dt, prod_cd, litres, amt, station)
VALUES ((SELECT max(id) + 1 FROM fuel_card), 2, date '2026-01-01', 'D', 62.00, 87.48, 'Esso Mansfield Rd');

INSERT INTO container_register (id, cont_ref, size_cd, wk_rate, serviceable, notes)
SELECT c, 'C' || lpad(c::text, 2, '0'),
       CASE WHEN c % 5 = 0 THEN 'L' ELSE 'S' END,
       CASE WHEN c % 5 = 0 THEN 40.00 ELSE 25.00 END,
       (c <> 39),
       CASE WHEN c = 39 THEN 'Roof leaking - do not use'
            WHEN c = 40 THEN 'New one, delivered Nov 2026'
            ELSE NULL END
FROM generate_series(1, 40) AS c;

-- storage: each container in use goes through a chain of hires, one after another
INSERT INTO storage_hire (id, cont_id, cust_id, move_id, start_dt, end_dt, wk_amt, notes)
WITH chain AS (
    SELECT c, k,
           CASE WHEN (c + k) % 11 = 0 THEN 60 + c ELSE 3 + (c * 13 + k * 7) % 30 END AS len_wk,
           3 + (c * 5 + k * 11) % 25 AS gap_d
    FROM generate_series(1, 36) AS c CROSS JOIN generate_series(0, 20) AS k
), dated AS (
    SELECT c, k, len_wk,
           date '2024-03-01' + (c * 5) % 90
             + coalesce(sum(len_wk * 7 + gap_d) OVER (PARTITION BY c ORDER BY k ROWS BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING), 0)::int AS start_dt
    FROM chain
), kept AS (
    SELECT d.*, d.start_dt + d.len_wk * 7 AS planned_end
    FROM dated d WHERE d.start_dt <= date '2026-11-30'
), withmove AS (
    SELECT kp.*, mv.id AS mv_id, mv.cust_id AS mv_cust
    FROM kept kp
    LEFT JOIN LATERAL (
        SELECT m.id, m.cust_id FROM moves m
        WHERE m.st = 'D' AND m.move_dt <= kp.start_dt
        ORDER BY m.move_dt DESC, m.id
        OFFSET kp.c % 4 + kp.k % 3 LIMIT 1
    ) mv ON true
)
SELECT row_number() OVER (ORDER BY start_dt, c)::int,
       c, mv_cust,
       CASE WHEN k % 3 = 0 THEN NULL ELSE mv_id END,
       start_dt,
       CASE WHEN planned_end <= date '2026-11-30' THEN planned_end
            WHEN c % 4 = 1 AND start_dt + 14 <= date '2026-11-30' THEN start_dt + 14
            ELSE NULL END,
       cr.wk_rate - CASE WHEN (c + k) % 5 = 0 THEN 5 ELSE 0 END,
       CASE WHEN planned_end > date '2026-11-30' AND c % 4 = 1 AND start_dt + 14 <= date '2026-11-30' THEN 'Collected early - bought somewhere sooner than planned'
            WHEN (c + k) % 5 = 0 THEN 'Long-stay discount'
            WHEN (c * k) % 17 = 3 THEN 'Collecting in bits - ring first'
            ELSE NULL END
FROM withmove JOIN container_register cr ON cr.id = withmove.c;

-- damage claims on a handful of done moves
INSERT INTO damage_claims (id, claim_ref, move_id, raised_dt, item, claim_amt, st, settled_amt, closed_dt, notes)
WITH cl AS (
    SELECT row_number() OVER (ORDER BY m.move_dt, m.id)::int AS id, m.id AS move_id,
           m.move_dt + 2 + m.id % 20 AS raised_dt,
           40 + ((m.id * 53) % 60) * 15 + (m.id % 7) AS claim_amt
    FROM moves m
    WHERE m.st = 'D' AND (m.id * 41) % 100 < 7
), st AS (
    SELECT cl.*,
           CASE WHEN raised_dt > date '2026-10-15' OR id % 13 = 0 THEN 'O'
                WHEN (id * 7) % 10 < 6 THEN 'S'
                ELSE 'R' END AS st
    FROM cl
)
SELECT id, 'DC-' || lpad(id::text, 4, '0'), move_id, raised_dt,
       (ARRAY['Scratched dining table','Cracked TV screen','Dent in hallway wall','Broken mirror',
              'Chipped wardrobe door','Torn sofa arm','Smashed glass cabinet shelf','Scuffed banister'])[1 + (id * 3) % 8],
       claim_amt, st,
       CASE WHEN st = 'S' THEN round(claim_amt * (0.5 + (id % 5) * 0.125), 2) END,
       CASE WHEN st IN ('S', 'R') THEN raised_dt + 10 + (id * 7) % 40 END,
       CASE WHEN st = 'R' THEN 'Damage was there before - on the survey photos'
            WHEN st = 'O' THEN 'Waiting on photos from customer'
            ELSE NULL END
FROM st;
