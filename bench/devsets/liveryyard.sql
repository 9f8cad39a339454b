-- Brook Farm Livery, near Tarporley, Cheshire.
-- We're a family-run livery yard: about sixty horses on the yard at any one time, kept on
-- full, part or DIY livery in numbered stables across three blocks (main yard, back barn and
-- the new block). Horses go out in the paddocks on a rota - in winter it's mornings or
-- afternoons only, in summer they're out all day or overnight.
-- The farrier comes round every six weeks or so and the vet whenever we need her; everything
-- they do is written up against the horse so owners can see what they've been charged for.
-- Hay, haylage, hard feed and bedding come in from a handful of local suppliers on account.
-- Every owner gets one livery invoice a month (it's due two weeks after it goes out); most pay
-- on time, a few are always late and one or two have left still owing us.
-- The arena is used for lessons with our own instructors plus a visiting jumping coach, booked
-- by our liveries and by outside riders who box in.
-- Anything that goes wrong - a horse cut in the field, someone kicked, a near miss - goes in the
-- incident log, which stays open until we've dealt with it.

DROP TABLE IF EXISTS incident_log;
DROP TABLE IF EXISTS arena_bookings;
DROP TABLE IF EXISTS livery_invoice;
DROP TABLE IF EXISTS feed_deliveries;
DROP TABLE IF EXISTS suppliers;
DROP TABLE IF EXISTS vet_visits;
DROP TABLE IF EXISTS farrier_log;
DROP TABLE IF EXISTS turnout_rota;
DROP TABLE IF EXISTS paddocks;
DROP TABLE IF EXISTS horses;
DROP TABLE IF EXISTS stable;
DROP TABLE IF EXISTS owners;

CREATE TABLE owners (
    id          integer PRIMARY KEY,
    name        text NOT NULL,
    email       text,
    phone       text,
    town        text,
    joined_dt   date,
    active      boolean NOT NULL DEFAULT true,
    notes       text
);
COMMENT ON TABLE owners IS 'Horse owners who keep (or have kept) a horse at the yard on livery';
COMMENT ON COLUMN owners.joined_dt IS 'When their first horse came onto the yard';
COMMENT ON COLUMN owners.active IS 'True while they still have a horse with us (or one on the way)';

CREATE TABLE stable (
    stable_no   integer PRIMARY KEY,
    block       char(1) NOT NULL,
    box_sz      char(1) NOT NULL,
    matted      boolean NOT NULL DEFAULT false,
    notes       text
);
COMMENT ON TABLE stable IS 'Our numbered stables (boxes)';
COMMENT ON COLUMN stable.block IS 'Block: A = main yard, B = back barn, C = new block';
COMMENT ON COLUMN stable.box_sz IS 'Box size: S = standard 12x12, L = large 12x14, F = foaling box';
COMMENT ON COLUMN stable.matted IS 'Rubber matted floor';

CREATE TABLE horses (
    id           integer PRIMARY KEY,
    owner_id     integer NOT NULL REFERENCES owners(id),
    name         text NOT NULL,
    breed        text,
    sex          char(1) NOT NULL,
    foaled_yr    integer,
    ht_hh        numeric(3,1),
    stable_no    integer REFERENCES stable(stable_no),
    livery       char(1) NOT NULL,
    arrived_dt   date NOT NULL,
    left_dt      date,
    passport_ref text,
    notes        text
);
COMMENT ON TABLE horses IS 'Every horse that has been kept at the yard';
COMMENT ON COLUMN horses.sex IS 'M = mare, G = gelding, S = stallion';
COMMENT ON COLUMN horses.ht_hh IS 'Height in hands (16.2 = sixteen two)';
COMMENT ON COLUMN horses.stable_no IS 'Box the horse is (or was) in';
COMMENT ON COLUMN horses.livery IS 'Livery package: F = full livery, P = part livery, D = DIY';
COMMENT ON COLUMN horses.left_dt IS 'Date the horse left the yard; empty while it is still here';
COMMENT ON COLUMN horses.passport_ref IS 'UELN from the horse passport';

CREATE TABLE paddocks (
    id          integer PRIMARY KEY,
    name        text NOT NULL,
    acres       numeric(4,2),
    st          char(1) NOT NULL,
    shelter     boolean NOT NULL DEFAULT false,
    notes       text
);
COMMENT ON TABLE paddocks IS 'Fields and turnout pens';
COMMENT ON COLUMN paddocks.st IS 'Status: O = open for turnout, R = resting, L = let out to the farmer next door';
COMMENT ON COLUMN paddocks.shelter IS 'Has a field shelter';

CREATE TABLE turnout_rota (
    id          integer PRIMARY KEY,
    horse_id    integer NOT NULL REFERENCES horses(id),
    paddock_id  integer NOT NULL REFERENCES paddocks(id),
    rota_dt     date NOT NULL,
    session     char(1) NOT NULL,
    hrs         numeric(4,1)
);
COMMENT ON TABLE turnout_rota IS 'Turnout rota - which horse went out in which paddock on which day';
COMMENT ON COLUMN turnout_rota.session IS 'A = morning only, P = afternoon only, D = all day, N = out overnight';
COMMENT ON COLUMN turnout_rota.hrs IS 'Hours out';

CREATE TABLE farrier_log (
    id           integer PRIMARY KEY,
    horse_id     integer NOT NULL REFERENCES horses(id),
    visit_dt     date NOT NULL,
    work         char(1) NOT NULL,
    callout      boolean NOT NULL DEFAULT false,
    amt          numeric(7,2) NOT NULL,
    next_due_dt  date,
    notes        text
);
COMMENT ON TABLE farrier_log IS 'Farrier work done on each horse';
COMMENT ON COLUMN farrier_log.work IS 'Work done: T = trim only (barefoot), F = front shoes, A = all round (four shoes), R = remedial shoeing, S = single lost shoe put back on';
COMMENT ON COLUMN farrier_log.callout IS 'Farrier came out specially rather than on his usual round';
COMMENT ON COLUMN farrier_log.amt IS 'Charged to the owner, GBP';
COMMENT ON COLUMN farrier_log.next_due_dt IS 'When he is next due for this horse; empty for call-outs';

CREATE TABLE vet_visits (
    id           integer PRIMARY KEY,
    horse_id     integer NOT NULL REFERENCES horses(id),
    visit_dt     date NOT NULL,
    reason_cd    char(1) NOT NULL,
    emergency    boolean NOT NULL DEFAULT false,
    fee_amt      numeric(8,2) NOT NULL,
    meds_amt     numeric(8,2) NOT NULL DEFAULT 0,
    resolved_dt  date,
    notes        text
);
COMMENT ON TABLE vet_visits IS 'Vet visits, one row per horse seen';
COMMENT ON COLUMN vet_visits.reason_cd IS 'Reason: V = vaccinations, D = dental, L = lameness, C = colic, W = wound, O = other';
COMMENT ON COLUMN vet_visits.emergency IS 'Emergency call-out (out of hours or same-day)';
COMMENT ON COLUMN vet_visits.fee_amt IS 'Vet fee incl. any call-out charge, GBP';
COMMENT ON COLUMN vet_visits.meds_amt IS 'Drugs and dressings, GBP';
COMMENT ON COLUMN vet_visits.resolved_dt IS 'Day the vet signed the horse off; empty while still under treatment';

CREATE TABLE suppliers (
    id          integer PRIMARY KEY,
    name        text NOT NULL,
    supplies    char(1) NOT NULL,
    phone       text,
    acct_ref    text
);
COMMENT ON TABLE suppliers IS 'Who we buy hay, feed and bedding from';
COMMENT ON COLUMN suppliers.supplies IS 'What they mainly supply: H = hay and straw, F = hard feed, B = bedding, M = a bit of everything';
COMMENT ON COLUMN suppliers.acct_ref IS 'Our account number with them';

CREATE TABLE feed_deliveries (
    id           integer PRIMARY KEY,
    supplier_id  integer NOT NULL REFERENCES suppliers(id),
    del_dt       date NOT NULL,
    cat          char(1) NOT NULL,
    item         text NOT NULL,
    unit         text NOT NULL,
    qty          integer NOT NULL,
    unit_price   numeric(8,2) NOT NULL,
    disc_pct     numeric(4,1) NOT NULL DEFAULT 0,
    inv_ref      text,
    paid_dt      date,
    notes        text
);
COMMENT ON TABLE feed_deliveries IS 'Feed, forage and bedding deliveries, one row per item delivered';
COMMENT ON COLUMN feed_deliveries.cat IS 'Category: H = hay and haylage, F = hard feed, B = bedding, S = supplements and sundries';
COMMENT ON COLUMN feed_deliveries.unit IS 'What qty is counted in (bale, bag, each)';
COMMENT ON COLUMN feed_deliveries.unit_price IS 'Price per unit before discount, GBP';
COMMENT ON COLUMN feed_deliveries.disc_pct IS 'Discount off the line, percent';
COMMENT ON COLUMN feed_deliveries.inv_ref IS 'Supplier invoice number';
COMMENT ON COLUMN feed_deliveries.paid_dt IS 'When we paid the supplier; empty = not paid yet';

CREATE TABLE livery_invoice (
    inv_no      integer PRIMARY KEY,
    owner_id    integer NOT NULL REFERENCES owners(id),
    inv_month   date NOT NULL,
    issued_dt   date NOT NULL,
    due_dt      date NOT NULL,
    amt         numeric(8,2) NOT NULL,
    paid_dt     date,
    pay_method  char(1),
    notes       text
);
COMMENT ON TABLE livery_invoice IS 'Monthly livery invoice to each owner (one per owner per month, covers all their horses)';
COMMENT ON COLUMN livery_invoice.inv_month IS 'Month the invoice is for (1st of the month)';
COMMENT ON COLUMN livery_invoice.amt IS 'Invoice total incl. any extras (clipping, worming, extra hay), GBP';
COMMENT ON COLUMN livery_invoice.paid_dt IS 'Date the money came in; empty = still unpaid';
COMMENT ON COLUMN livery_invoice.pay_method IS 'How they paid: S = standing order, B = bank transfer, C = cash, Q = cheque; empty when unpaid or nothing to pay';

CREATE TABLE arena_bookings (
    id           integer PRIMARY KEY,
    owner_id     integer REFERENCES owners(id),
    horse_id     integer REFERENCES horses(id),
    rider_name   text NOT NULL,
    lesson_dt    date NOT NULL,
    start_tm     time NOT NULL,
    mins         integer NOT NULL,
    instructor   text NOT NULL,
    lesson_type  char(1) NOT NULL,
    fee_amt      numeric(7,2) NOT NULL,
    st           char(1) NOT NULL,
    notes        text
);
COMMENT ON TABLE arena_bookings IS 'Lessons booked in the arena';
COMMENT ON COLUMN arena_bookings.owner_id IS 'The livery owner who booked; empty for outside riders';
COMMENT ON COLUMN arena_bookings.horse_id IS 'Livery horse ridden; empty for outside riders bringing their own';
COMMENT ON COLUMN arena_bookings.lesson_type IS 'P = private, S = shared (two riders), G = group, J = jumping clinic';
COMMENT ON COLUMN arena_bookings.fee_amt IS 'Lesson fee, GBP';
COMMENT ON COLUMN arena_bookings.st IS 'B = booked, D = done, X = cancelled, N = no-show';

CREATE TABLE incident_log (
    id           integer PRIMARY KEY,
    inc_dt       timestamp NOT NULL,
    horse_id     integer REFERENCES horses(id),
    person_name  text,
    kind         char(1) NOT NULL,
    severity     smallint NOT NULL,
    location     text,
    descr        text,
    reported     boolean NOT NULL DEFAULT false,
    closed_dt    date
);
COMMENT ON TABLE incident_log IS 'Accident and incident book';
COMMENT ON COLUMN incident_log.person_name IS 'Person hurt or involved, if any';
COMMENT ON COLUMN incident_log.kind IS 'H = horse injured, P = person injured, N = near miss, D = damage to property';
COMMENT ON COLUMN incident_log.severity IS '1 = minor, 2 = needed treatment, 3 = serious';
COMMENT ON COLUMN incident_log.reported IS 'Reported to the insurers';
COMMENT ON COLUMN incident_log.closed_dt IS 'Date we signed it off; empty while still open';

-- ---------------------------------------------------------------- data

INSERT INTO owners (id, name, email, phone, town, joined_dt, active, notes)
SELECT i,
       fn || ' ' || ln,
       lower(fn) || '.' || lower(ln) || (CASE WHEN i % 4 = 0 THEN '@gmail.com' WHEN i % 4 = 1 THEN '@hotmail.co.uk' WHEN i % 4 = 2 THEN '@outlook.com' ELSE '@btinternet.com' END),
       CASE WHEN i % 9 = 0 THEN NULL ELSE '07' || lpad(((i * 7919 + 1234567) % 1000000000)::text, 9, '0') END,
       (ARRAY['Tarporley','Nantwich','Northwich','Winsford','Kelsall','Tattenhall','Chester','Frodsham','Crewe'])[(i * 5 % 9) + 1],
       NULL, true,
       CASE WHEN i = 55 THEN 'New owner - mare arriving in December, box 51 held for her' END
FROM generate_series(1, 55) AS i,
     LATERAL (SELECT (ARRAY['Sarah','Emma','Rachel','Claire','Helen','Joanne','Lucy','Kate','Victoria','Gemma',
                            'Laura','Hannah','Amy','Charlotte','Nicola','Louise','Jane','Mark','David','Sophie'])[(i % 20) + 1] AS fn,
                     (ARRAY['Taylor','Hughes','Walker','Jones','Brennan','Davies','Clarke','Owen','Roberts','Shaw',
                            'Whitfield','Bradshaw','Ashworth','Kenyon','Pritchard','Moss','Leigh','Hulme','Dutton',
                            'Fairclough','Gregson','Ollerenshaw','Beckett'])[(i * 7 % 23) + 1] AS ln) n;

INSERT INTO stable (stable_no, block, box_sz, matted, notes)
SELECT s,
       CASE WHEN s <= 18 THEN 'A' WHEN s <= 36 THEN 'B' ELSE 'C' END,
       CASE WHEN s >= 51 THEN 'F' WHEN s % 6 = 0 THEN 'L' ELSE 'S' END,
       s % 3 <> 0 OR s > 36,
       CASE WHEN s = 7 THEN 'Door catch sticks' WHEN s = 51 THEN 'Held for new arrival Dec 2026' END
FROM generate_series(1, 52) AS s;

INSERT INTO horses (id, owner_id, name, breed, sex, foaled_yr, ht_hh, stable_no, livery, arrived_dt, left_dt, passport_ref, notes)
SELECT i,
       CASE WHEN i <= 54 THEN i ELSE (i * 7 % 54) + 1 END,
       (ARRAY['Bramble','Duke','Willow','Murphy','Poppy','Jasper','Rosie','Alfie','Biscuit','Toffee',
              'Bonnie','Flynn','Maisie','Dougal','Hector','Lady Grey','Barney','Misty','Paddy','Skye',
              'Teddy','Honey','Rocco','Clover','Monty','Tilly','Finn','Ginger','Ollie','Bella',
              'Chester','Dolly','Harvey','Pepper','Rufus','Hazel','Bailey','Marmite','Blaze','Nutmeg',
              'Samson','Peggy','Archie','Fudge','Rolo','Daisy','Major','Mabel','Boris','Saffron',
              'Merlin','Juno','Casper','Holly','Otis','Penny','Bertie','Luna','Guinness','Sox',
              'Woody','Belle','Frankie','Ruby','Spider','Ziggy','Cracker','Magic','Storm','Tinker'])[i],
       (ARRAY['Irish Draught','Thoroughbred','Welsh Cob','Cob','Warmblood','Connemara','Highland','Arab','Irish Sports Horse','Clydesdale x'])[(i * 7 % 10) + 1],
       CASE WHEN i IN (39, 53) THEN 'S' WHEN i % 2 = 0 THEN 'M' ELSE 'G' END,
       2003 + (i * 11 % 19),
       (14 + (i * 7 % 4) + (i * 3 % 4) / 10.0)::numeric(3,1),
       CASE WHEN i <= 50 THEN (i * 17 % 50) + 1 ELSE ((i - 50) * 17 % 50) + 1 END,
       CASE (i * 3 % 5) WHEN 0 THEN 'F' WHEN 1 THEN 'F' WHEN 2 THEN 'P' WHEN 3 THEN 'P' ELSE 'D' END,
       CASE WHEN i <= 44 THEN date '2017-03-01' + (i * 97 % 2500)
            WHEN i <= 50 THEN date '2024-01-01' + (i - 44) * 40
            ELSE date '2024-02-01' + ((i - 50) * 47 + ((i - 50) * (i - 50) % 13)) END,
       CASE WHEN i <= 20 THEN date '2024-02-01' + (i * 47 + (i * i % 13)) - (3 + i % 10)
            WHEN i = 60 THEN date '2026-05-31'
            WHEN i = 67 THEN date '2026-11-15' END,
       '826002' || lpad((i * 7919 % 1000000000)::text, 9, '0'),
       CASE WHEN i = 39 THEN 'Kept entire - separate turnout only'
            WHEN i = 26 THEN 'Sweet itch - rug from April'
            WHEN i = 60 THEN 'Sold'
            WHEN i = 67 THEN 'Moved to a yard nearer work' END
FROM generate_series(1, 70) AS i;

UPDATE owners o SET joined_dt = x.first_dt,
                    active = x.still_here
FROM (SELECT owner_id, min(arrived_dt) AS first_dt, bool_or(left_dt IS NULL) AS still_here
      FROM horses GROUP BY owner_id) x
WHERE x.owner_id = o.id;
UPDATE owners SET joined_dt = date '2026-11-20' WHERE id = 55;
UPDATE owners SET notes = 'Left owing money - passed to debt recovery' WHERE id IN (7, 19);
UPDATE owners SET notes = 'Payment plan agreed Nov 2026' WHERE id = 33;

INSERT INTO paddocks (id, name, acres, st, shelter, notes) VALUES
 (1, 'Top Field',      4.50, 'O', true,  NULL),
 (2, 'Bottom Field',   3.75, 'O', true,  'Floods by the gate in winter'),
 (3, 'Long Meadow',    6.20, 'O', false, 'Summer grazing only'),
 (4, 'Pond Paddock',   2.10, 'O', false, 'Summer grazing only'),
 (5, 'Orchard',        1.30, 'L', false, 'Let for sheep from Jan 2026'),
 (6, 'Winter Turnout', 2.80, 'O', true,  'Hardcore gateways'),
 (7, 'Sand Pen',       0.25, 'O', false, 'Turnout pen for box rest horses'),
 (8, 'Back Acre',      1.00, 'O', false, 'Summer grazing only'),
 (9, 'Hill Field',     5.00, 'R', true,  'Reseeded spring 2026 - resting');

INSERT INTO turnout_rota (id, horse_id, paddock_id, rota_dt, session, hrs)
SELECT row_number() OVER (ORDER BY dt, h.id),
       h.id,
       CASE WHEN extract(month FROM dt) IN (11, 12, 1, 2, 3) THEN
                CASE WHEN extract(year FROM dt) = 2026 THEN (ARRAY[6, 7, 2])[(h.id * 7 + d) % 3 + 1]
                     ELSE (ARRAY[6, 7, 2, 9])[(h.id * 7 + d) % 4 + 1] END
            ELSE
                CASE WHEN extract(year FROM dt) = 2026 THEN (ARRAY[1, 2, 3, 4, 8])[(h.id * 7 + d) % 5 + 1]
                     ELSE (ARRAY[1, 2, 3, 4, 5, 8, 9])[(h.id * 7 + d) % 7 + 1] END
       END,
       dt,
       CASE WHEN extract(month FROM dt) IN (11, 12, 1, 2, 3) THEN CASE WHEN (h.id + d) % 2 = 0 THEN 'A' ELSE 'P' END
            ELSE CASE WHEN (h.id * 3 + d) % 4 = 0 THEN 'N' ELSE 'D' END END,
       CASE WHEN (h.id * 5 + d) % 97 = 0 THEN NULL
            WHEN extract(month FROM dt) IN (11, 12, 1, 2, 3) THEN CASE WHEN (h.id + d) % 2 = 0 THEN 4.0 ELSE 3.5 END
            ELSE CASE WHEN (h.id * 3 + d) % 4 = 0 THEN 13.0 ELSE 8.0 END END
FROM horses h
CROSS JOIN generate_series(0, 1064) AS d
CROSS JOIN LATERAL (SELECT date '2024-01-01' + d AS dt) x
WHERE (h.id * 31 + d * 17) % 23 = 0
  AND h.arrived_dt <= dt AND (h.left_dt IS NULL OR h.left_dt >= dt);

-- routine farrier visits plus lost-shoe call-outs
INSERT INTO farrier_log (id, horse_id, visit_dt, work, callout, amt, next_due_dt, notes)
SELECT row_number() OVER (ORDER BY v.visit_dt, v.horse_id, v.callout),
       v.horse_id, v.visit_dt, v.work, v.callout,
       CASE v.work
            WHEN 'T' THEN (ARRAY[40, 42, 45])[yr - 2023]
            WHEN 'F' THEN (ARRAY[85, 90, 95])[yr - 2023]
            WHEN 'A' THEN (ARRAY[120, 125, 135])[yr - 2023]
            WHEN 'R' THEN (ARRAY[165, 170, 180])[yr - 2023]
            ELSE CASE WHEN v.n % 2 = 0 THEN 0 ELSE 25 END END,
       CASE WHEN v.callout THEN NULL
            WHEN v.work = 'T' THEN v.visit_dt + 49 ELSE v.visit_dt + 42 END,
       CASE WHEN v.work = 'S' AND v.n % 2 = 0 THEN 'No charge - shoe came off within the week'
            WHEN v.work = 'R' THEN (ARRAY['Heart bar shoes LF','Wedges behind','Egg bars front','Pads and packing'])[(v.horse_id + v.n) % 4 + 1] END
FROM (
    SELECT h.id AS horse_id, n,
           greatest(h.arrived_dt, date '2024-01-08') + n * 45 + (h.id * n % 7) AS visit_dt,
           CASE WHEN h.id % 4 <> 0 AND (h.id * 7 + n * 3) % 19 = 0 THEN 'R'
                WHEN h.id % 4 = 0 THEN 'T' WHEN h.id % 4 = 1 THEN 'F' ELSE 'A' END AS work,
           (h.id * 7 + n * 3) % 19 = 0 AND h.id % 4 <> 0 AND n % 3 = 0 AS callout,
           h.left_dt
    FROM horses h CROSS JOIN generate_series(0, 30) AS n
    UNION ALL
    SELECT h.id, n,
           greatest(h.arrived_dt, date '2024-01-08') + n * 45 + (h.id * n % 7) + 19,
           'S', true, h.left_dt
    FROM horses h CROSS JOIN generate_series(0, 30) AS n
    WHERE h.id % 4 <> 0 AND (h.id + n * 5) % 13 = 0
) v
CROSS JOIN LATERAL (SELECT extract(year FROM v.visit_dt)::int AS yr) y
WHERE v.visit_dt <= date '2026-11-30'
  AND (v.left_dt IS NULL OR v.visit_dt <= v.left_dt);

INSERT INTO vet_visits (id, horse_id, visit_dt, reason_cd, emergency, fee_amt, meds_amt, resolved_dt, notes)
SELECT row_number() OVER (ORDER BY dt, h.id),
       h.id, dt, r.cd,
       r.cd = 'C' OR (r.cd = 'W' AND r.k % 2 = 0) OR (r.cd = 'L' AND r.k = 8),
       (CASE r.cd WHEN 'V' THEN 68 WHEN 'D' THEN 95 WHEN 'L' THEN 130 WHEN 'C' THEN 125 WHEN 'W' THEN 115 ELSE 80 END
        + CASE WHEN r.cd = 'C' OR (r.cd = 'W' AND r.k % 2 = 0) OR (r.cd = 'L' AND r.k = 8) THEN 85 ELSE 0 END
        + (extract(year FROM dt)::int - 2024) * 5)::numeric(8,2),
       CASE r.cd WHEN 'V' THEN 0
                 WHEN 'D' THEN CASE WHEN h.id % 2 = 0 THEN 15.50 ELSE 0 END
                 WHEN 'L' THEN 20 + (h.id * d % 140) + (d % 100) / 100.0
                 WHEN 'C' THEN 45 + (h.id * d % 90) + (h.id % 100) / 100.0
                 WHEN 'W' THEN 30 + (h.id * d % 60)
                 ELSE CASE WHEN h.id % 3 = 0 THEN 0 ELSE 18.50 END END,
       CASE WHEN r.cd IN ('V', 'D', 'O') THEN dt
            WHEN r.cd = 'L' THEN CASE WHEN dt > date '2026-10-15' THEN NULL ELSE dt + 7 + (h.id * d % 50) END
            WHEN r.cd = 'C' THEN CASE WHEN dt > date '2026-11-25' THEN NULL ELSE dt + 1 + (d % 3) END
            ELSE CASE WHEN dt > date '2026-11-10' THEN NULL ELSE dt + 5 + (h.id * d % 21) END END,
       CASE r.cd WHEN 'V' THEN 'Flu/tet booster'
                 WHEN 'D' THEN 'Rasped, sharp edges'
                 WHEN 'L' THEN (ARRAY['Lame LF, nerve blocks','Abscess RF, poulticed','Lame behind, box rest','Sore after shoeing'])[(h.id + d) % 4 + 1]
                 WHEN 'C' THEN 'Spasmodic colic, settled with buscopan'
                 WHEN 'W' THEN (ARRAY['Kick wound hind leg','Cut on wire in field','Over-reach'])[(h.id + d) % 3 + 1]
                 ELSE (ARRAY['Sarcoid check','Cough, check chest','Skin allergy'])[(h.id + d) % 3 + 1] END
FROM horses h
CROSS JOIN generate_series(0, 1064) AS d
CROSS JOIN LATERAL (SELECT date '2024-01-01' + d AS dt) x
CROSS JOIN LATERAL (SELECT k,
                           CASE WHEN k <= 4 THEN 'V' WHEN k <= 7 THEN 'D' WHEN k <= 11 THEN 'L'
                                WHEN k <= 13 THEN 'C' WHEN k <= 16 THEN 'W' ELSE 'O' END AS cd
                    FROM (SELECT (h.id * 3 + d) % 20 AS k) kk) r
WHERE (h.id * 13 + d * 7) % 151 = 0
  AND h.arrived_dt <= dt AND (h.left_dt IS NULL OR h.left_dt >= dt);

INSERT INTO suppliers (id, name, supplies, phone, acct_ref) VALUES
 (1, 'Dee Valley Forage',        'H', '01244 555 201', 'BFL01'),
 (2, 'Cheshire Feeds Ltd',       'F', '01829 555 310', 'BROOK-22'),
 (3, 'Northwich Shavings',       'B', '01606 555 477', 'NS-0418'),
 (4, 'Countrywide Farmers',      'M', '01270 555 650', 'CWF 883120'),
 (5, 'Baileys Direct',           'F', '01371 555 800', 'BD-7761'),
 (6, 'Tarporley Hay & Straw',    'H', '07812 555 093', NULL),
 (7, 'Equine Supplements UK',    'F', '0161 555 4400', 'ESUK-1002');

INSERT INTO feed_deliveries (id, supplier_id, del_dt, cat, item, unit, qty, unit_price, disc_pct, inv_ref, paid_dt, notes)
SELECT i, sup, dd, cat, item, unit, qty, price, disc,
       (ARRAY['DVF','CFL','NS','CWF','BD','TH'])[sup] || '-' || (10000 + i * 3)::text,
       CASE WHEN dd > date '2026-10-31' OR i % 61 = 0 THEN NULL ELSE dd + 30 END,
       CASE WHEN i % 61 = 0 THEN 'Disputed - part of the load was damp' END
FROM (
    SELECT i, dd, cat,
           CASE cat WHEN 'H' THEN CASE WHEN yr = 2026 AND i % 5 = 0 THEN 4 WHEN i % 2 = 0 THEN 1 ELSE 6 END
                    WHEN 'B' THEN CASE WHEN i % 4 = 0 THEN 4 ELSE 3 END
                    WHEN 'F' THEN CASE WHEN i % 3 = 0 THEN 5 ELSE 2 END
                    ELSE 4 END AS sup,
           CASE cat WHEN 'H' THEN CASE WHEN i % 4 = 0 THEN 'Haylage (big bale)' ELSE 'Meadow hay (small bale)' END
                    WHEN 'B' THEN CASE WHEN i % 2 = 0 THEN 'Dust-extracted shavings' ELSE 'Wood pellets' END
                    WHEN 'F' THEN (ARRAY['Conditioning mix','High fibre cubes','Chopped chaff'])[i % 3 + 1]
                    ELSE CASE WHEN i % 2 = 0 THEN 'Salt lick' ELSE 'Fly spray' END END AS item,
           CASE cat WHEN 'H' THEN 'bale' WHEN 'S' THEN 'each' ELSE 'bag' END AS unit,
           CASE cat WHEN 'H' THEN CASE WHEN i % 4 = 0 THEN 6 + i % 9 ELSE 40 + (i * 7 % 81) END
                    WHEN 'B' THEN 40 + (i * 11 % 61)
                    WHEN 'F' THEN 10 + (i * 3 % 21)
                    ELSE 6 + (i % 19) END AS qty,
           (CASE cat WHEN 'H' THEN CASE WHEN i % 4 = 0 THEN 38 + (yr - 2024) * 3 + (i % 5) ELSE 5.00 + (yr - 2024) * 0.50 + (i * 13 % 76) / 100.0 END
                     WHEN 'B' THEN CASE WHEN i % 2 = 0 THEN 8.95 + (yr - 2024) * 0.60 + (i % 4) * 0.10 ELSE 5.49 + (yr - 2024) * 0.35 END
                     WHEN 'F' THEN 12.50 + (i % 3) * 1.75 + (yr - 2024) * 0.80
                     ELSE CASE WHEN i % 2 = 0 THEN 3.25 + (yr - 2024) * 0.20 ELSE 11.99 END END)::numeric(8,2) AS price,
           (CASE WHEN i * 7 % 10 <= 5 THEN 0 WHEN i * 7 % 10 <= 7 THEN 2.5 WHEN i * 7 % 10 = 8 THEN 5 ELSE 10 END)::numeric(4,1) AS disc
    FROM (
        SELECT i, date '2024-01-02' + ((i - 1) * 1062 / 539) AS dd,
               CASE WHEN i % 9 <= 2 THEN 'H' WHEN i % 9 <= 5 THEN 'B' WHEN i % 9 <= 7 THEN 'F' ELSE 'S' END AS cat
        FROM generate_series(1, 540) AS i
    ) a
    CROSS JOIN LATERAL (SELECT extract(year FROM a.dd)::int AS yr) y
) b;
UPDATE feed_deliveries SET unit_price = 0, qty = 2, disc_pct = 0, notes = 'Free sample bags from the rep' WHERE id = 88;

-- one invoice per owner per month they had a horse on the yard
INSERT INTO livery_invoice (inv_no, owner_id, inv_month, issued_dt, due_dt, amt, paid_dt, pay_method, notes)
SELECT 24000 + row_number() OVER (ORDER BY m, owner_id),
       owner_id, m, m, m + 14, amt,
       CASE WHEN pd > date '2026-11-30' THEN NULL ELSE pd END,
       CASE WHEN pd IS NULL OR pd > date '2026-11-30' THEN NULL ELSE pm END,
       CASE WHEN owner_id = 33 AND m >= date '2026-06-01' THEN 'Chased by phone' END
FROM (
    SELECT owner_id, m, amt, k, pm,
           CASE WHEN (owner_id = 7 AND m >= date '2024-08-01')
                  OR (owner_id = 19 AND m >= date '2026-03-01')
                  OR (owner_id = 33 AND m >= date '2026-06-01')
                  OR (m = date '2026-11-01' AND k < 60)
                  OR (m = date '2026-10-01' AND k < 15) THEN NULL
                WHEN pm = 'S' THEN CASE WHEN k BETWEEN 90 AND 93 THEN m + 20 ELSE m END
                WHEN k BETWEEN 60 AND 79 THEN m + 14 + 2 + (k * 7 % 45)
                ELSE m + (k % 13) END AS pd
    FROM (
        SELECT h.owner_id, m::date AS m,
               sum(CASE h.livery WHEN 'F' THEN (ARRAY[720, 750, 795])[extract(year FROM m)::int - 2023]
                                 WHEN 'P' THEN (ARRAY[480, 500, 530])[extract(year FROM m)::int - 2023]
                                 ELSE (ARRAY[260, 270, 285])[extract(year FROM m)::int - 2023] END)::numeric(8,2)
               + CASE WHEN (h.owner_id * 13 + extract(month FROM m)::int * 7 + extract(year FROM m)::int) % 6 = 0
                      THEN ((h.owner_id + extract(month FROM m)::int) % 5 + 1) * 12.50 ELSE 0 END AS amt,
               (h.owner_id * 31 + ((extract(year FROM m)::int - 2024) * 12 + extract(month FROM m)::int) * 17) % 100 AS k,
               CASE WHEN h.owner_id % 3 = 0 THEN 'S'
                    WHEN h.owner_id % 3 = 1 THEN 'B'
                    WHEN h.owner_id % 7 = 0 THEN 'C'
                    WHEN h.owner_id % 11 = 0 THEN 'Q'
                    ELSE 'B' END AS pm
        FROM generate_series(date '2024-01-01', date '2026-11-01', interval '1 month') AS m
        JOIN horses h ON h.arrived_dt < m + interval '1 month' AND (h.left_dt IS NULL OR h.left_dt >= m)
        GROUP BY h.owner_id, m
    ) a
) b;
UPDATE livery_invoice SET amt = 0, paid_dt = issued_dt, pay_method = NULL,
       notes = 'No charge this month - ran the summer show for us'
WHERE owner_id = 40 AND inv_month = date '2025-08-01';

INSERT INTO arena_bookings (id, owner_id, horse_id, rider_name, lesson_dt, start_tm, mins, instructor, lesson_type, fee_amt, st, notes)
SELECT i,
       CASE WHEN outside THEN NULL ELSE hh.owner_id END,
       CASE WHEN outside THEN NULL ELSE hh.horse_id END,
       CASE WHEN outside THEN (ARRAY['Megan Price','Ellie Parr','Jess Hollins','Tom Ridgway','Abbie Stott','Grace Millward',
                                      'Isla Beddows','Freya Catterall','Molly Hesketh','Olivia Birtles','Poppy Leadbetter',
                                      'Ruby Shufflebotham','Ava Mottershead','Chloe Buckley','Zara Holt','Phoebe Wain',
                                      'Lily Cheetham','Evie Dale','Maddie Hough','Rebecca Lowndes','Anna Swindells',
                                      'Katie Bostock','Niamh Furber','Harriet Jump'])[(i * 13 % 24) + 1]
            ELSE hh.owner_name END,
       ld,
       time '09:00' + (i * 7 % 11) * interval '1 hour',
       CASE lt WHEN 'P' THEN (ARRAY[30, 45, 60])[i % 3 + 1] WHEN 'S' THEN 45 WHEN 'G' THEN 60 ELSE 90 END,
       CASE WHEN lt = 'J' THEN 'Jo Hart'
            WHEN i % 3 = 0 THEN 'Sarah Whitlow'
            WHEN i % 3 = 1 THEN 'Gemma Rigby'
            WHEN ld >= date '2025-03-01' THEN 'Tom Ackerley'
            ELSE 'Sarah Whitlow' END,
       lt,
       CASE WHEN i % 97 = 0 THEN 0
            ELSE CASE lt WHEN 'P' THEN (ARRAY[30, 40, 50])[i % 3 + 1] + CASE WHEN ld >= date '2026-01-01' THEN 5 ELSE 0 END
                         WHEN 'S' THEN 35 WHEN 'G' THEN 25 ELSE 45 END END,
       CASE WHEN ld >= date '2026-11-23' THEN CASE WHEN i * 17 % 50 <= 3 THEN 'X' ELSE 'B' END
            WHEN i * 17 % 50 <= 3 THEN 'X'
            WHEN i * 17 % 50 <= 5 THEN 'N'
            ELSE 'D' END,
       CASE WHEN i % 97 = 0 THEN 'Free taster lesson'
            WHEN i * 17 % 50 <= 3 THEN (ARRAY['Horse lame','Rider ill','Arena waterlogged','Rebooked'])[i % 4 + 1] END
FROM (
    SELECT i, date '2024-01-01' + (i * 389 % 1064) AS ld,
           (i * 7 % 20) < 7 AS outside,
           CASE WHEN i * 11 % 20 <= 7 THEN 'P' WHEN i * 11 % 20 <= 11 THEN 'S' WHEN i * 11 % 20 <= 16 THEN 'G' ELSE 'J' END AS lt
    FROM generate_series(1, 1500) AS i
) b
CROSS JOIN LATERAL (
    SELECT h.id AS horse_id, h.owner_id, o.name AS owner_name
    FROM horses h JOIN owners o ON o.id = h.owner_id
    WHERE h.arrived_dt <= b.ld AND (h.left_dt IS NULL OR h.left_dt >= b.ld)
    ORDER BY (h.id * 37 + b.i * 11) % 97, h.id
    LIMIT 1
) hh;

INSERT INTO incident_log (id, inc_dt, horse_id, person_name, kind, severity, location, descr, reported, closed_dt)
SELECT i, ts,
       CASE WHEN kind IN ('H', 'D') OR (kind = 'N' AND i % 2 = 0) THEN hh.horse_id END,
       CASE WHEN kind = 'P' THEN (ARRAY['Sarah Whitlow','Gemma Rigby','Tom Ackerley','Chloe (Sat girl)','Megan Price','Farrier'])[(i % 6) + 1]
            WHEN kind = 'N' AND i % 2 = 1 THEN (ARRAY['Gemma Rigby','Delivery driver','Chloe (Sat girl)'])[(i % 3) + 1] END,
       kind,
       CASE WHEN kind = 'N' THEN 1 ELSE (i * 5 % 7) % 3 + 1 END,
       (ARRAY['Yard','Arena','Top Field','Bottom Field','Winter Turnout','Back barn','Muck heap','Lane'])[(i * 3 % 8) + 1],
       CASE kind WHEN 'H' THEN (ARRAY['Kicked by field mate','Cast in stable','Cut leg on gate','Slipped on ice in yard'])[(i % 4) + 1]
                 WHEN 'P' THEN (ARRAY['Trodden on','Kicked while poo-picking','Fell off in lesson','Bitten leading in'])[(i % 4) + 1]
                 WHEN 'N' THEN (ARRAY['Gate left open','Loose horse on the lane','Spooked at tractor','Hay net tied too low'])[(i % 4) + 1]
                 ELSE (ARRAY['Kicked stable door off hinges','Fence rail broken','Water trough cracked'])[(i % 3) + 1] END,
       kind = 'P' OR (i * 5 % 7) % 3 = 2,
       CASE WHEN ts >= timestamp '2026-10-01' OR i % 37 = 0 THEN NULL ELSE ts::date + (i % 20) END
FROM (
    SELECT i,
           timestamp '2024-01-01 00:00' + (i * 331 % 1064) * interval '1 day'
                                        + ((i * 5 % 12) + 7) * interval '1 hour'
                                        + (i * 13 % 60) * interval '1 minute' AS ts,
           CASE WHEN i * 7 % 10 <= 3 THEN 'H' WHEN i * 7 % 10 <= 5 THEN 'P' WHEN i * 7 % 10 <= 8 THEN 'N' ELSE 'D' END AS kind
    FROM generate_series(1, 150) AS i
) b
CROSS JOIN LATERAL (
    SELECT h.id AS horse_id
    FROM horses h
    WHERE h.arrived_dt <= b.ts::date AND (h.left_dt IS NULL OR h.left_dt >= b.ts::date)
    ORDER BY (h.id * 41 + b.i * 7) % 89, h.id
    LIMIT 1
) hh;
INSERT INTO incident_log (id, inc_dt, horse_id, person_name, kind, severity, location, descr, reported, closed_dt) VALUES
 (151, timestamp '2026-01-01 00:00:00', 33, NULL, 'N', 1, 'Winter Turnout', 'Fireworks at midnight - Harvey went through the fence tape, caught and brought in', false, date '2026-01-02');
