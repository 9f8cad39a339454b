-- Muddy Paws Bristol - our booking and accounts database.
-- I'm Jess, I run the business with six walkers (Callum left in June 2025 and Dan took over his round).
-- Clients sign up, we register their dogs (breed, size, and whether the dog is allowed off the lead),
-- and then book walks: solo walks or group walks, 30 or 60 minutes. Every walk gets marked afterwards:
-- done, cancelled by the client (charged in full if they cancel late), cancelled by us, or dog unwell.
-- Some walkers hold clients' house keys; the key register says who has which key, when it was handed
-- over and when it came back (no return date = the walker still has it).
-- We also do cat visits (pop in, feed, litter) and overnight pet-sits in the client's home.
-- Everything is invoiced monthly, on the 1st of the following month, payment due in 14 days.
-- Some clients pay by direct debit, some pay late, a few still owe us.
-- Walkers log incidents (lead slips, scuffles with other dogs, injuries) and their weekly mileage,
-- which we pay back at 45p a mile with the following month's wages.
-- Prices went up on 1 April 2025 and again on 1 April 2026.

DROP TABLE IF EXISTS mileage;
DROP TABLE IF EXISTS incident;
DROP TABLE IF EXISTS inv_line;
DROP TABLE IF EXISTS invoices;
DROP TABLE IF EXISTS petsit;
DROP TABLE IF EXISTS cat_visits;
DROP TABLE IF EXISTS key_register;
DROP TABLE IF EXISTS walks;
DROP TABLE IF EXISTS dog;
DROP TABLE IF EXISTS clients;
DROP TABLE IF EXISTS walkers;

CREATE TABLE walkers (
    walker_id    integer PRIMARY KEY,
    first_name   text NOT NULL,
    last_name    text NOT NULL,
    mobile       text,
    start_dt     date NOT NULL,
    end_dt       date,
    has_van      boolean NOT NULL DEFAULT false,
    dbs_chk_dt   date,
    hourly_rate  numeric(5,2)
);

CREATE TABLE clients (
    client_id    integer PRIMARY KEY,
    first_nm     text NOT NULL,
    surname      text NOT NULL,
    email        text,
    phone        text,
    addr1        text,
    postcode     text,
    area         text,
    joined_dt    date NOT NULL,
    left_dt      date,
    pays_dd      boolean NOT NULL DEFAULT false,
    vet_practice text,
    notes        text
);

CREATE TABLE dog (
    dog_id     integer PRIMARY KEY,
    client_id  integer NOT NULL REFERENCES clients(client_id),
    name       text NOT NULL,
    breed      text,
    size       char(1) NOT NULL,
    off_lead   boolean NOT NULL DEFAULT false,
    dob        date,
    neutered   boolean,
    notes      text
);

CREATE TABLE walks (
    walk_id    integer PRIMARY KEY,
    dog_id     integer NOT NULL REFERENCES dog(dog_id),
    walker_id  integer NOT NULL REFERENCES walkers(walker_id),
    walk_dt    date NOT NULL,
    start_tm   time NOT NULL,
    wtype      char(1) NOT NULL,
    mins       smallint NOT NULL,
    st         char(1) NOT NULL,
    amt        numeric(6,2) NOT NULL,
    notes      text
);

CREATE TABLE key_register (
    key_id       integer PRIMARY KEY,
    client_id    integer NOT NULL REFERENCES clients(client_id),
    walker_id    integer NOT NULL REFERENCES walkers(walker_id),
    key_ref      text NOT NULL,
    handed_dt    date NOT NULL,
    returned_dt  date,
    notes        text
);

CREATE TABLE cat_visits (
    visit_id   integer PRIMARY KEY,
    client_id  integer NOT NULL REFERENCES clients(client_id),
    walker_id  integer NOT NULL REFERENCES walkers(walker_id),
    visit_dt   date NOT NULL,
    visit_tm   time NOT NULL,
    mins       smallint NOT NULL,
    amt        numeric(6,2) NOT NULL,
    st         char(1) NOT NULL,
    notes      text
);

CREATE TABLE petsit (
    sit_id      integer PRIMARY KEY,
    client_id   integer NOT NULL REFERENCES clients(client_id),
    walker_id   integer NOT NULL REFERENCES walkers(walker_id),
    start_dt    date NOT NULL,
    end_dt      date NOT NULL,
    nights      smallint NOT NULL,
    rate_night  numeric(6,2) NOT NULL,
    disc_pct    numeric(5,2) NOT NULL DEFAULT 0,
    cxl         boolean NOT NULL DEFAULT false,
    notes       text
);

CREATE TABLE invoices (
    inv_no     integer PRIMARY KEY,
    client_id  integer NOT NULL REFERENCES clients(client_id),
    inv_month  date NOT NULL,
    issued_dt  date NOT NULL,
    due_dt     date NOT NULL,
    total_amt  numeric(8,2) NOT NULL DEFAULT 0,
    paid_dt    date,
    pay_mthd   char(1),
    notes      text
);

CREATE TABLE inv_line (
    line_id    integer PRIMARY KEY,
    inv_no     integer NOT NULL REFERENCES invoices(inv_no),
    line_type  char(1) NOT NULL,
    descr      text,
    qty        integer NOT NULL,
    unit_amt   numeric(6,2) NOT NULL,
    disc_pct   numeric(5,2) NOT NULL DEFAULT 0
);

CREATE TABLE incident (
    inc_id      integer PRIMARY KEY,
    walk_id     integer REFERENCES walks(walk_id),
    dog_id      integer NOT NULL REFERENCES dog(dog_id),
    walker_id   integer NOT NULL REFERENCES walkers(walker_id),
    inc_dt      date NOT NULL,
    inc_type    char(1) NOT NULL,
    vet_needed  boolean NOT NULL DEFAULT false,
    notes       text
);

CREATE TABLE mileage (
    ml_id      integer PRIMARY KEY,
    walker_id  integer NOT NULL REFERENCES walkers(walker_id),
    wk_start   date NOT NULL,
    miles      numeric(5,1) NOT NULL,
    rate_ppm   numeric(4,2) NOT NULL,
    paid_dt    date
);

COMMENT ON TABLE walkers IS 'Everyone who walks dogs for us, me (Jess) included. Ex-walkers stay on here.';
COMMENT ON COLUMN walkers.end_dt IS 'Last working day; empty while they still work for us';
COMMENT ON COLUMN walkers.has_van IS 'Has a dog van for group walks';
COMMENT ON COLUMN walkers.dbs_chk_dt IS 'Date of the last DBS check';
COMMENT ON COLUMN walkers.hourly_rate IS 'What we pay them per hour, GBP';

COMMENT ON TABLE clients IS 'Our clients (the dog and cat owners). People who have left stay on here.';
COMMENT ON COLUMN clients.first_nm IS 'First name';
COMMENT ON COLUMN clients.area IS 'Part of Bristol they live in';
COMMENT ON COLUMN clients.joined_dt IS 'Date they signed up with us';
COMMENT ON COLUMN clients.left_dt IS 'Date they stopped using us; empty = still a client';
COMMENT ON COLUMN clients.pays_dd IS 'Pays invoices by direct debit';
COMMENT ON COLUMN clients.notes IS 'Anything we need to know: gate codes, parking, where the lead is kept';

COMMENT ON TABLE dog IS 'Dogs registered by our clients (one client can have several dogs)';
COMMENT ON COLUMN dog.size IS 'Size: S = small (under 10kg), M = medium (10-25kg), L = large (25-40kg), X = extra large / giant (over 40kg)';
COMMENT ON COLUMN dog.off_lead IS 'Owner has agreed the dog can be let off the lead';
COMMENT ON COLUMN dog.dob IS 'Date of birth; empty when not known (rescues)';
COMMENT ON COLUMN dog.notes IS 'Behaviour, health, feeding notes';

COMMENT ON TABLE walks IS 'Every walk booked, one line per dog per walk';
COMMENT ON COLUMN walks.walk_dt IS 'Date of the walk';
COMMENT ON COLUMN walks.start_tm IS 'Pick-up time';
COMMENT ON COLUMN walks.wtype IS 'Walk type: S = solo walk (dog on its own), G = group walk';
COMMENT ON COLUMN walks.mins IS 'Length of the walk in minutes (30 or 60)';
COMMENT ON COLUMN walks.st IS 'Status: D = done, C = cancelled by client in good time (not charged), L = late cancellation by client (charged in full), X = cancelled by us, U = dog unwell (not charged)';
COMMENT ON COLUMN walks.amt IS 'Amount charged for the walk, GBP (0 when not charged)';

COMMENT ON TABLE key_register IS 'Which walker holds which client''s house key';
COMMENT ON COLUMN key_register.key_ref IS 'Number on the key tag';
COMMENT ON COLUMN key_register.handed_dt IS 'Date the key was handed to the walker';
COMMENT ON COLUMN key_register.returned_dt IS 'Date the key was given back; empty = the walker still has it';

COMMENT ON TABLE cat_visits IS 'Home visits for cats while the owners are away (feed, litter, cuddles)';
COMMENT ON COLUMN cat_visits.st IS 'Status: D = done, X = cancelled (client came home early etc., not charged)';
COMMENT ON COLUMN cat_visits.amt IS 'Amount charged, GBP';

COMMENT ON TABLE petsit IS 'Overnight pet-sits: a walker stays in the client''s home';
COMMENT ON COLUMN petsit.end_dt IS 'Morning the sit ends (client back)';
COMMENT ON COLUMN petsit.nights IS 'Number of nights stayed';
COMMENT ON COLUMN petsit.rate_night IS 'Price per night, GBP';
COMMENT ON COLUMN petsit.disc_pct IS 'Discount in percent (10 for a week or more)';
COMMENT ON COLUMN petsit.cxl IS 'Sit was cancelled (not charged)';

COMMENT ON TABLE invoices IS 'Monthly invoices, one per client per month they used us';
COMMENT ON COLUMN invoices.inv_month IS 'First day of the month the invoice is for';
COMMENT ON COLUMN invoices.issued_dt IS 'Date sent (1st of the following month)';
COMMENT ON COLUMN invoices.due_dt IS 'Payment due date (14 days after issue)';
COMMENT ON COLUMN invoices.total_amt IS 'Invoice total after discounts, GBP';
COMMENT ON COLUMN invoices.paid_dt IS 'Date the money arrived; empty = not paid yet';
COMMENT ON COLUMN invoices.pay_mthd IS 'How they paid: D = direct debit, T = bank transfer, C = cash or cheque; empty when not paid (or nothing to pay)';

COMMENT ON TABLE inv_line IS 'Lines on an invoice';
COMMENT ON COLUMN inv_line.line_type IS 'Line type: W = walks, L = late cancellation fees, V = cat visits, P = overnight pet-sit';
COMMENT ON COLUMN inv_line.qty IS 'Number of walks / visits / nights';
COMMENT ON COLUMN inv_line.unit_amt IS 'Price each, GBP, before discount';
COMMENT ON COLUMN inv_line.disc_pct IS 'Discount in percent (10 on walks for clients with more than one dog)';

COMMENT ON TABLE incident IS 'Incidents the walkers log: anything that went wrong with a dog';
COMMENT ON COLUMN incident.walk_id IS 'The walk it happened on; empty if it was not on a walk (e.g. during a pet-sit)';
COMMENT ON COLUMN incident.inc_type IS 'Type: L = lead slip / dog got loose, S = scuffle with another dog, I = injury to the dog, O = other (ate something, etc.)';
COMMENT ON COLUMN incident.vet_needed IS 'Dog had to see a vet';

COMMENT ON TABLE mileage IS 'Weekly mileage each walker claims for driving to clients and walks';
COMMENT ON COLUMN mileage.wk_start IS 'Monday of the week';
COMMENT ON COLUMN mileage.rate_ppm IS 'Pence per mile paid back, in pounds (0.45 = 45p)';
COMMENT ON COLUMN mileage.paid_dt IS 'Date the mileage was paid back with wages; empty = not paid yet';

-- ---------------------------------------------------------------- walkers
INSERT INTO walkers VALUES
 (1, 'Jess',   'Hartley',    '07700 900101', '2019-03-01', NULL,         true,  '2023-02-14', NULL),
 (2, 'Tom',    'Ashworth',   '07700 900214', '2021-05-10', NULL,         true,  '2024-05-02', 13.50),
 (3, 'Priya',  'Nair',       '07700 900377', '2022-02-01', NULL,         false, '2024-01-20', 13.00),
 (4, 'Callum', 'Reeves',     '07700 900452', '2022-09-12', '2025-06-27', true,  '2022-09-01', 12.50),
 (5, 'Megan',  'O''Donnell', '07700 900519', '2023-03-06', NULL,         false, '2023-02-27', 12.50),
 (6, 'Sam',    'Whitfield',  '07700 900688', '2023-08-21', NULL,         true,  '2023-08-10', 12.50),
 (7, 'Ellie',  'Brooke',     NULL,           '2024-04-15', NULL,         false, '2024-04-02', 12.00),
 (8, 'Dan',    'Okafor',     '07700 900843', '2025-07-07', NULL,         true,  '2025-06-30', 12.75);

-- ---------------------------------------------------------------- clients
INSERT INTO clients
SELECT i,
       (ARRAY['Sarah','James','Emma','Oliver','Charlotte','Harry','Sophie','George','Amelia','Jack',
              'Hannah','Ben','Lucy','Tom','Grace','Dan','Chloe','Matt','Ruth','Aisha',
              'Lauren','Rob','Katie','Mo','Beth','Will','Zoe','Ade','Fiona','Gareth'])[1 + (i * 7) % 30],
       (ARRAY['Smith','Jones','Taylor','Brown','Williams','Wilson','Evans','Thomas','Roberts','Walker',
              'Wright','Thompson','White','Hughes','Edwards','Green','Hall','Wood','Harris','Clarke',
              'Patel','Jackson','Turner','Hill','Moore','Cooper','Ward','Morris','King','Baker',
              'Lewis','Price','Bennett','Griffiths','Khan','Fisher','Cole','Shaw','Pearce','Lloyd'])[1 + (i * 11 + i / 120) % 40],
       NULL, -- email filled below
       CASE WHEN i % 8 = 5 THEN NULL ELSE '07' || lpad(((i * 7919) % 1000000000)::text, 9, '0') END,
       (1 + (i * 13) % 120)::text || ' ' ||
       (ARRAY['Church Road','Cotham Hill','Gloucester Road','North View','Coronation Road','Chandos Road',
              'Zetland Road','Ashley Down Road','St Michael''s Hill','Wells Road','Stapleton Road','Henleaze Road'])[1 + (i * 5) % 12],
       (ARRAY['BS8 2','BS6 6','BS7 8','BS6 7','BS3 1','BS3 4','BS7 9','BS9 3','BS9 4','BS4 2','BS5 6','BS6 5'])[1 + (i * 5) % 12]
         || (1 + i % 9)::text || chr(65 + i % 26) || chr(65 + (i * 3) % 26),
       (ARRAY['Clifton','Redland','Bishopston','Cotham','Southville','Bedminster','Horfield','Westbury-on-Trym',
              'Henleaze','Totterdown','Easton','Montpelier'])[1 + (i * 5) % 12],
       CASE WHEN i <= 40 THEN date '2022-03-01' + (i * 19) % 660
            ELSE date '2024-01-01' + (i - 40) * 11 END,
       NULL, -- left_dt below
       (i * 3) % 10 < 4,
       (ARRAY['Clifton Vets','Highcroft Vets','Companion Care Filton','Vets4Pets Bedminster','Bishopston Vets'])[1 + i % 5],
       CASE WHEN i % 6 = 1 THEN 'Key safe by the back door'
            WHEN i % 6 = 4 THEN 'Park on the side road, no parking outside'
            WHEN i % 13 = 0 THEN 'Works from home Tuesdays - ring the bell'
            ELSE NULL END
FROM generate_series(1, 130) AS i;

UPDATE clients SET email = lower(first_nm) || '.' || lower(replace(surname, ' ', '')) || client_id::text
                          || CASE WHEN client_id % 3 = 0 THEN '@gmail.com' WHEN client_id % 3 = 1 THEN '@hotmail.co.uk' ELSE '@outlook.com' END
WHERE client_id % 17 <> 9;

UPDATE clients SET left_dt = joined_dt + 150 + (client_id * 29) % 500
WHERE client_id % 7 = 3 AND joined_dt + 150 + (client_id * 29) % 500 < date '2026-11-30';

-- ---------------------------------------------------------------- dogs
-- clients with client_id % 15 = 0 only have cats (no dogs)
INSERT INTO dog
WITH br(idx, breed, size) AS (VALUES
  (0,'Cockapoo','M'),(1,'Labrador Retriever','L'),(2,'Border Collie','M'),(3,'Dachshund','S'),
  (4,'Jack Russell Terrier','S'),(5,'Staffordshire Bull Terrier','M'),(6,'Cocker Spaniel','M'),
  (7,'French Bulldog','S'),(8,'Golden Retriever','L'),(9,'Whippet','M'),(10,'Greyhound','L'),
  (11,'Cavapoo','S'),(12,'German Shepherd','L'),(13,'Bernese Mountain Dog','X'),(14,'Springer Spaniel','M'),
  (15,'Miniature Schnauzer','S'),(16,'Beagle','M'),(17,'Lurcher','L'),(18,'Labradoodle','L'),
  (19,'Great Dane','X'),(20,'Pug','S'),(21,'Shih Tzu','S'),(22,'Vizsla','L'),(23,'Cockapoo','M'),
  (24,'Labrador Retriever','L'),(25,'Border Terrier','S'),(26,'Cocker Spaniel','M')),
base AS (
  SELECT row_number() OVER (ORDER BY c.client_id, k)::int AS rn, c.client_id
  FROM clients c CROSS JOIN generate_series(1, 3) AS k
  WHERE c.client_id % 15 <> 0
    AND (k = 1 OR (k = 2 AND c.client_id % 4 = 1) OR (k = 3 AND c.client_id % 20 = 1)))
SELECT b.rn, b.client_id,
       (ARRAY['Bella','Luna','Max','Milo','Daisy','Teddy','Poppy','Alfie','Coco','Bear',
              'Willow','Ruby','Bonnie','Archie','Rosie','Buddy','Nala','Ollie','Maisie','Hugo',
              'Pickle','Biscuit','Winnie','Otto','Juniper','Dexter','Mabel','Reggie','Honey','Ziggy',
              'Pip','Bramble','Scout','Fudge','Dolly','Murphy','Tilly','Barney','Lola','Ted'])[1 + (b.rn * 7) % 40],
       br.breed,
       br.size,
       CASE WHEN br.breed IN ('Greyhound', 'Lurcher') THEN false
            WHEN b.rn % 11 = 4 THEN false
            ELSE (b.rn * 13) % 10 < 6 END,
       CASE WHEN b.rn % 9 = 0 THEN NULL ELSE date '2014-01-01' + (b.rn * 173) % 3650 END,
       CASE WHEN b.rn % 10 = 7 THEN NULL ELSE b.rn % 5 <> 2 END,
       CASE WHEN b.rn % 11 = 4 THEN 'Reactive to other dogs - solo walks only'
            WHEN b.rn % 13 = 6 THEN 'Allergic to chicken, no treats please'
            WHEN br.breed IN ('Greyhound', 'Lurcher') THEN 'Rescue - will chase squirrels, keep on lead'
            WHEN b.rn % 17 = 3 THEN 'Pulls on the lead, use the harness'
            ELSE NULL END
FROM base b JOIN br ON br.idx = (b.rn * 5) % 27;

-- ---------------------------------------------------------------- walks
INSERT INTO walks
SELECT row_number() OVER (ORDER BY x.walk_dt, x.wtype DESC, x.dog_id)::int,
       x.dog_id,
       CASE WHEN (x.client_id + x.n) % 11 = 0 THEN 1
            ELSE CASE (x.client_id * 5 + x.dow) % 6
                   WHEN 0 THEN 2
                   WHEN 1 THEN 3
                   WHEN 2 THEN CASE WHEN x.walk_dt < date '2025-06-28' THEN 4
                                    WHEN x.walk_dt < date '2025-07-07' THEN 1 ELSE 8 END
                   WHEN 3 THEN 5
                   WHEN 4 THEN 6
                   ELSE CASE WHEN x.walk_dt >= date '2024-04-15' THEN 7 ELSE 1 END END END,
       x.walk_dt,
       CASE WHEN x.wtype = 'G' THEN CASE WHEN x.mins = 60 THEN time '10:00' ELSE time '13:30' END
            ELSE time '08:00' + ((x.dog_id * 3 + x.n) % 18) * interval '30 minutes' END,
       x.wtype, x.mins, x.st,
       CASE WHEN x.st IN ('D', 'L') THEN
            (CASE x.wtype || x.mins WHEN 'S30' THEN 15 WHEN 'S60' THEN 22 WHEN 'G30' THEN 11 ELSE 15 END)
            + CASE WHEN x.walk_dt >= date '2026-04-01' THEN 2 WHEN x.walk_dt >= date '2025-04-01' THEN 1 ELSE 0 END
            ELSE 0 END,
       CASE x.st WHEN 'U' THEN (ARRAY['Upset tummy','Limping, owner taking to vet','Off food','Seasons'])[1 + x.dog_id % 4]
                 WHEN 'X' THEN (ARRAY['Walker off sick','Storm - too windy for the downs','Van broke down'])[1 + x.n % 3]
                 WHEN 'L' THEN 'Cancelled same morning'
                 ELSE NULL END
FROM (
  SELECT y.*,
         CASE WHEN y.reactive THEN 'S' WHEN (y.dog_id * 7 + y.n) % 10 < 3 THEN 'S' ELSE 'G' END AS wtype,
         CASE WHEN (y.dog_id + y.n * 3) % 5 < 2 THEN 30 ELSE 60 END AS mins,
         CASE WHEN (y.dog_id * 53 + y.n * 29) % 100 < 85 THEN 'D'
              WHEN (y.dog_id * 53 + y.n * 29) % 100 < 90 THEN 'C'
              WHEN (y.dog_id * 53 + y.n * 29) % 100 < 93 THEN 'L'
              WHEN (y.dog_id * 53 + y.n * 29) % 100 < 96 THEN 'X'
              ELSE 'U' END AS st
  FROM (
    SELECT d.dog_id, d.client_id, dd::date AS walk_dt, (dd::date - date '2024-01-01') AS n,
           extract(isodow FROM dd)::int AS dow, coalesce(d.notes LIKE 'Reactive%', false) AS reactive
    FROM dog d
    JOIN clients c ON c.client_id = d.client_id
    CROSS JOIN generate_series(timestamp '2024-01-01', timestamp '2026-11-30', interval '1 day') AS dd
    WHERE extract(isodow FROM dd) < 6
      AND dd::date >= c.joined_dt + 3
      AND (c.left_dt IS NULL OR dd::date < c.left_dt)
      AND (c.client_id * 31 + (dd::date - date '2024-01-01') * 17) % 97 < 7
  ) y
) x;

-- first walk for clients who joined from 2025 is a free taster
UPDATE walks w SET amt = 0, notes = 'Free taster walk'
WHERE w.st = 'D'
  AND w.walk_id IN (SELECT min(w2.walk_id) FROM walks w2 GROUP BY w2.dog_id)
  AND w.dog_id IN (SELECT d.dog_id FROM dog d JOIN clients c ON c.client_id = d.client_id
                   WHERE c.joined_dt >= date '2025-01-01');

-- ---------------------------------------------------------------- key register
CREATE TEMP TABLE tmp_keys AS
SELECT c.client_id, c.joined_dt, c.left_dt,
       CASE (c.client_id / 3) % 6 WHEN 0 THEN 2 WHEN 1 THEN 3 WHEN 2 THEN 4 WHEN 3 THEN 5 WHEN 4 THEN 6 ELSE 7 END AS wk
FROM clients c
WHERE c.client_id % 3 = 0 OR c.client_id % 7 = 2;

INSERT INTO key_register
SELECT row_number() OVER (ORDER BY k.handed_dt, k.client_id, k.walker_id)::int,
       k.client_id, k.walker_id,
       'K' || lpad(k.client_id::text, 3, '0'),
       k.handed_dt, k.returned_dt, k.notes
FROM (
  -- main key with the client's regular walker
  SELECT t.client_id, w.walker_id,
         greatest(t.joined_dt + 7, w.start_dt) AS handed_dt,
         CASE WHEN w.walker_id = 4 THEN least(date '2025-06-27', coalesce(t.left_dt, date '2025-06-27'))
              WHEN t.left_dt IS NOT NULL THEN t.left_dt
              WHEN t.client_id % 9 = 0 AND greatest(t.joined_dt + 7, w.start_dt) + 400 < date '2026-11-30'
                   THEN greatest(t.joined_dt + 7, w.start_dt) + 400
              ELSE NULL END AS returned_dt,
         CASE WHEN w.walker_id = 4 AND (t.left_dt IS NULL OR t.left_dt >= date '2025-06-27') THEN 'Callum leaving - key back to office'
              WHEN t.left_dt IS NOT NULL THEN 'Client left, key returned'
              WHEN t.client_id % 9 = 0 AND greatest(t.joined_dt + 7, w.start_dt) + 400 < date '2026-11-30'
                   THEN 'Client working from home now, key given back'
              ELSE NULL END AS notes
  FROM tmp_keys t
  JOIN walkers w ON w.walker_id = CASE WHEN t.wk = 4 AND t.joined_dt + 7 > date '2025-06-27' THEN 8 ELSE t.wk END
  UNION ALL
  -- Callum's keys went to Dan
  SELECT t.client_id, 8, date '2025-07-07',
         CASE WHEN t.left_dt IS NOT NULL THEN t.left_dt ELSE NULL END,
         CASE WHEN t.left_dt IS NOT NULL THEN 'Client left, key returned' ELSE 'Took over from Callum' END
  FROM tmp_keys t
  WHERE t.wk = 4 AND t.joined_dt + 7 <= date '2025-06-27'
    AND (t.left_dt IS NULL OR t.left_dt > date '2025-07-07')

) k;

DROP TABLE tmp_keys;

-- ---------------------------------------------------------------- cat visits
-- cat owners: client_id % 15 = 0 (cats only) and client_id % 7 = 2
INSERT INTO cat_visits
SELECT row_number() OVER (ORDER BY v.visit_dt, v.visit_tm, v.client_id)::int,
       v.client_id,
       CASE WHEN v.wk = 4 AND v.visit_dt > date '2025-06-27' THEN 8
            WHEN v.wk = 7 AND v.visit_dt < date '2024-04-15' THEN 1
            ELSE v.wk END,
       v.visit_dt, v.visit_tm,
       CASE WHEN v.twice THEN 20 ELSE 30 END,
       CASE WHEN v.cancelled THEN 0
            ELSE (CASE WHEN v.twice THEN 10 ELSE 14 END)
                 + CASE WHEN v.visit_dt >= date '2026-04-01' THEN 1.50 WHEN v.visit_dt >= date '2025-04-01' THEN 1 ELSE 0 END END,
       CASE WHEN v.cancelled THEN 'X' ELSE 'D' END,
       CASE WHEN v.cancelled THEN 'Client came home early'
            WHEN v.k = 0 AND v.visit_tm = time '08:00' THEN 'First visit - cat hid under the bed'
            ELSE NULL END
FROM (
  SELECT DISTINCT ON (c.client_id, sp.start_dt + k, tm)
         c.client_id, sp.start_dt + k AS visit_dt, tm AS visit_tm, k,
         c.client_id % 2 = 0 AS twice,
         (c.client_id * sp.s + k) % 23 = 0 AS cancelled,
         CASE (c.client_id / 3) % 6 WHEN 0 THEN 2 WHEN 1 THEN 3 WHEN 2 THEN 4 WHEN 3 THEN 5 WHEN 4 THEN 6 ELSE 7 END AS wk
  FROM clients c
  CROSS JOIN LATERAL (
      SELECT s, date '2024-01-01' + (c.client_id * 37 + s * 173) % 1060 AS start_dt,
             3 + (c.client_id + s) % 8 AS len
      FROM generate_series(1, 6) AS s) sp
  CROSS JOIN LATERAL generate_series(0, sp.len - 1) AS k
  CROSS JOIN LATERAL (SELECT time '08:00' AS tm UNION ALL SELECT time '18:00' WHERE c.client_id % 2 = 0) t
  WHERE (c.client_id % 15 = 0 OR c.client_id % 7 = 2)
    AND sp.start_dt >= c.joined_dt
    AND (c.left_dt IS NULL OR sp.start_dt + sp.len <= c.left_dt)
    AND sp.start_dt + sp.len <= date '2026-11-30'
  ORDER BY c.client_id, sp.start_dt + k, tm, sp.s
) v;

-- ---------------------------------------------------------------- overnight pet-sits
INSERT INTO petsit
SELECT row_number() OVER (ORDER BY p.start_dt, p.client_id)::int,
       p.client_id,
       CASE WHEN p.wk = 4 AND p.start_dt + p.nights > date '2025-06-27' THEN 8
            WHEN p.wk = 7 AND p.start_dt < date '2024-04-15' THEN 1
            ELSE p.wk END,
       p.start_dt, p.start_dt + p.nights, p.nights,
       p.rate_night, p.disc_pct, p.cxl, p.notes
FROM (
  SELECT c.client_id, date '2024-01-01' + (c.client_id * 71 + s * 211) % 1060 AS start_dt,
         2 + (c.client_id * s) % 12 AS nights,
         CASE WHEN date '2024-01-01' + (c.client_id * 71 + s * 211) % 1060 >= date '2026-04-01' THEN 55.00
              WHEN date '2024-01-01' + (c.client_id * 71 + s * 211) % 1060 >= date '2025-04-01' THEN 50.00
              ELSE 45.00 END AS rate_night,
         CASE WHEN 2 + (c.client_id * s) % 12 >= 7 THEN 10 ELSE 0 END AS disc_pct,
         (c.client_id + s) % 9 = 0 AS cxl,
         CASE WHEN (c.client_id + s) % 9 = 0 THEN 'Holiday cancelled'
              WHEN s = 2 THEN 'Feed twice a day, walk morning and evening'
              ELSE NULL END AS notes,
         CASE (c.client_id + s) % 6 WHEN 0 THEN 2 WHEN 1 THEN 3 WHEN 2 THEN 4 WHEN 3 THEN 5 WHEN 4 THEN 6 ELSE 7 END AS wk
  FROM clients c CROSS JOIN generate_series(1, 3) AS s
  WHERE c.client_id % 5 = 2
    AND date '2024-01-01' + (c.client_id * 71 + s * 211) % 1060 >= c.joined_dt
    AND (c.left_dt IS NULL OR date '2024-01-01' + (c.client_id * 71 + s * 211) % 1060 + 2 + (c.client_id * s) % 12 <= c.left_dt)
    AND date '2024-01-01' + (c.client_id * 71 + s * 211) % 1060 + 2 + (c.client_id * s) % 12 <= date '2026-11-30'
  UNION ALL
  -- New Year sits and a goodwill one
  SELECT 12, date '2024-12-31', 3, 45.00, 0, false, 'New Year''s Eve - fireworks, keep curtains shut', 3
  UNION ALL
  SELECT 27, date '2025-12-29', 4, 50.00, 0, false, 'Over New Year', 6
  UNION ALL
  SELECT 57, date '2026-01-01', 2, 50.00, 0, false, 'New Year''s Day start', 2
  UNION ALL
  SELECT 62, date '2025-07-04', 3, 50.00, 100, false, 'No charge - Callum''s sit fell through, covered as goodwill', 5
) p;

-- ---------------------------------------------------------------- invoices and lines
CREATE TEMP TABLE tmp_items AS
SELECT d.client_id, date_trunc('month', w.walk_dt)::date AS inv_month,
       CASE WHEN w.st = 'L' THEN 'L' ELSE 'W' END AS line_type,
       CASE WHEN w.st = 'L' THEN 'Late cancellation - ' ELSE '' END
         || CASE w.wtype WHEN 'S' THEN 'Solo walk ' ELSE 'Group walk ' END || w.mins || ' min' AS descr,
       count(*)::int AS qty, w.amt AS unit_amt,
       CASE WHEN w.st = 'D' AND (SELECT count(*) FROM dog d2 WHERE d2.client_id = d.client_id) > 1 THEN 10 ELSE 0 END AS disc_pct,
       1 AS ord
FROM walks w JOIN dog d ON d.dog_id = w.dog_id
WHERE w.st IN ('D', 'L') AND w.amt > 0
GROUP BY d.client_id, date_trunc('month', w.walk_dt), w.st, w.wtype, w.mins, w.amt
UNION ALL
SELECT cv.client_id, date_trunc('month', cv.visit_dt)::date, 'V', 'Cat visit ' || cv.mins || ' min',
       count(*)::int, cv.amt, 0, 2
FROM cat_visits cv
WHERE cv.st = 'D'
GROUP BY cv.client_id, date_trunc('month', cv.visit_dt), cv.mins, cv.amt
UNION ALL
SELECT p.client_id, date_trunc('month', p.start_dt)::date, 'P',
       'Overnight pet-sit from ' || to_char(p.start_dt, 'DD Mon YYYY'),
       p.nights, p.rate_night, p.disc_pct, 3
FROM petsit p
WHERE NOT p.cxl;

INSERT INTO invoices (inv_no, client_id, inv_month, issued_dt, due_dt)
SELECT 1000 + row_number() OVER (ORDER BY h.inv_month, h.client_id)::int,
       h.client_id, h.inv_month,
       (h.inv_month + interval '1 month')::date,
       (h.inv_month + interval '1 month')::date + 14
FROM (SELECT DISTINCT client_id, inv_month FROM tmp_items) h;

INSERT INTO inv_line
SELECT row_number() OVER (ORDER BY i.inv_no, t.ord, t.line_type, t.descr, t.unit_amt)::int,
       i.inv_no, t.line_type, t.descr, t.qty, t.unit_amt, t.disc_pct
FROM tmp_items t JOIN invoices i ON i.client_id = t.client_id AND i.inv_month = t.inv_month;

DROP TABLE tmp_items;

UPDATE invoices i SET total_amt = s.tot
FROM (SELECT inv_no, round(sum(qty * unit_amt * (1 - disc_pct / 100)), 2) AS tot
      FROM inv_line GROUP BY inv_no) s
WHERE s.inv_no = i.inv_no;

-- payments
UPDATE invoices i SET
  paid_dt = CASE WHEN c.pays_dd THEN
                   CASE WHEN (i.inv_no * 37) % 101 < 4 THEN i.issued_dt + 25 ELSE i.issued_dt + 5 END
                 WHEN (i.inv_no * 37) % 101 < 60 THEN i.issued_dt + (i.inv_no * 37) % 101 % 13
                 WHEN (i.inv_no * 37) % 101 < 70 THEN i.issued_dt + (i.inv_no * 37) % 101 % 10
                 WHEN (i.inv_no * 37) % 101 < 97 THEN i.issued_dt + 16 + ((i.inv_no * 37) % 101 * 7) % 45
                 ELSE NULL END,
  pay_mthd = CASE WHEN c.pays_dd THEN CASE WHEN (i.inv_no * 37) % 101 < 4 THEN 'T' ELSE 'D' END
                  WHEN (i.inv_no * 37) % 101 < 60 THEN 'T'
                  WHEN (i.inv_no * 37) % 101 < 70 THEN 'C'
                  WHEN (i.inv_no * 37) % 101 < 97 THEN 'T'
                  ELSE NULL END,
  notes = CASE WHEN c.pays_dd AND (i.inv_no * 37) % 101 < 4 THEN 'Direct debit failed - paid by transfer'
               WHEN NOT c.pays_dd AND (i.inv_no * 37) % 101 >= 70 AND (i.inv_no * 37) % 101 < 97 THEN 'Reminder sent'
               ELSE NULL END
FROM clients c
WHERE c.client_id = i.client_id;

-- nothing is paid after today (6 Dec 2026)
UPDATE invoices SET paid_dt = NULL, pay_mthd = NULL, notes = NULL WHERE paid_dt > date '2026-12-05';

-- nothing to pay on a zero invoice
UPDATE invoices SET paid_dt = issued_dt, pay_mthd = NULL, notes = 'Nothing to pay' WHERE total_amt = 0;

-- ---------------------------------------------------------------- incidents
INSERT INTO incident
SELECT row_number() OVER (ORDER BY x.inc_dt, x.walk_id NULLS LAST, x.dog_id)::int, x.*
FROM (
  SELECT w.walk_id, w.dog_id, w.walker_id, w.walk_dt AS inc_dt,
         CASE w.walk_id % 7 WHEN 0 THEN 'L' WHEN 1 THEN 'L' WHEN 2 THEN 'L' WHEN 3 THEN 'S' WHEN 4 THEN 'S'
                            WHEN 5 THEN 'I' ELSE 'O' END AS inc_type,
         (w.walk_id % 7 = 5 AND w.walk_id % 2 = 0) OR (w.walk_id % 7 IN (3, 4) AND w.walk_id % 5 = 0) AS vet_needed,
         CASE w.walk_id % 7 WHEN 0 THEN 'Slipped collar at the park, caught after 10 mins'
                            WHEN 1 THEN 'Lead clip broke, dog ran off, back within minutes'
                            WHEN 2 THEN 'Pulled lead out of hand near the road'
                            WHEN 3 THEN 'Scuffle with an off-lead dog, no marks'
                            WHEN 4 THEN 'Snapped at another dog in the group'
                            WHEN 5 THEN 'Cut pad on glass'
                            ELSE 'Ate something on the downs, owner told' END AS notes
  FROM walks w
  WHERE w.st = 'D' AND (w.walk_id * 7919) % 1000 < 11
  UNION ALL
  SELECT NULL, (SELECT min(dog_id) FROM dog WHERE client_id = 62), 6, date '2025-08-10', 'I', true, 'Twisted leg jumping off the sofa during pet-sit'
  UNION ALL
  SELECT NULL, (SELECT min(dog_id) FROM dog WHERE client_id = 82), 7, date '2026-01-10', 'L', false, 'Got out through the garden gate during pet-sit, found in the next street'
) x;

-- ---------------------------------------------------------------- mileage
INSERT INTO mileage
SELECT row_number() OVER (ORDER BY m.wk_start, m.walker_id)::int, m.walker_id, m.wk_start, m.miles, 0.45,
       CASE WHEN m.walker_id = 6 AND m.wk_start BETWEEN date '2025-03-03' AND date '2025-03-17' THEN NULL
            WHEN (date_trunc('month', m.wk_start) + interval '1 month')::date + 27 > date '2026-12-05' THEN NULL
            ELSE (date_trunc('month', m.wk_start) + interval '1 month')::date + 27 END
FROM (
  SELECT w.walker_id, wk::date AS wk_start,
         CASE WHEN (w.walker_id * 7 + ((wk::date - date '2024-01-01') / 7)) % 26 = 0 THEN 0
              ELSE 18 + (w.walker_id * 17 + ((wk::date - date '2024-01-01') / 7) * 23) % 55
                   + ((w.walker_id * 3 + ((wk::date - date '2024-01-01') / 7)) % 10) / 10.0 END AS miles
  FROM walkers w
  CROSS JOIN generate_series(timestamp '2024-01-01', timestamp '2026-11-23', interval '7 days') AS wk
  WHERE w.walker_id <> 1
    AND wk::date + 6 >= w.start_dt
    AND (w.end_dt IS NULL OR wk::date <= w.end_dt)
) m;
