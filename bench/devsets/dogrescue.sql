-- Calder Paws Dog Rescue - our database (kennels, fosters, adoptions, volunteers, donors).
-- We are a small registered charity with a 24-kennel block outside Halifax and a network of
-- foster homes across Calderdale and Kirklees. Dogs come to us three ways: strays picked up
-- by us or the public, handovers from owners who can't keep them, and transfers from the
-- council pounds when their seven days are up. Every dog gets a health check, jabs and (if
-- not already done) neutering at one of our partner vets; the vets invoice us and we log
-- every visit with the charity discount they give us. Dogs go out to foster homes for a
-- spell and come back, or get adopted straight from foster. People fill in an application
-- for a dog, a volunteer does a home check (passed or failed) and if all is well they adopt
-- and pay the adoption fee (oldies over 9 go free). Now and then a dog comes back within a
-- few weeks. Volunteers log their walking, kennel cleaning, transport and event shifts in
-- hours. Donors give one-off gifts or a monthly direct debit, many with Gift Aid.
-- Data runs from January 2024 to the end of November 2026.

DROP TABLE IF EXISTS donations;
DROP TABLE IF EXISTS vol_shifts;
DROP TABLE IF EXISTS adoptions;
DROP TABLE IF EXISTS applications;
DROP TABLE IF EXISTS foster_spells;
DROP TABLE IF EXISTS vet_visit;
DROP TABLE IF EXISTS donors;
DROP TABLE IF EXISTS applicant;
DROP TABLE IF EXISTS fosterers;
DROP TABLE IF EXISTS vet_practice;
DROP TABLE IF EXISTS volunteers;
DROP TABLE IF EXISTS dogs;

-- ---------------------------------------------------------------- tables

CREATE TABLE dogs (
    dog_id       serial PRIMARY KEY,
    name         text NOT NULL,
    breed        text,
    sex          char(1) NOT NULL,
    dob          date,
    intake_dt    date NOT NULL,
    intake_kind  char(1) NOT NULL,
    pound_ref    text,
    kennel_no    smallint,
    microchip    text,
    st           char(1) NOT NULL DEFAULT 'K',
    notes        text
);
COMMENT ON TABLE dogs IS 'Every dog that has come into the rescue, one row per dog (a dog that comes back after adoption keeps its row).';
COMMENT ON COLUMN dogs.sex IS 'M = dog, F = bitch';
COMMENT ON COLUMN dogs.dob IS 'Date of birth, best guess from the vet. Blank when we have no idea how old the dog is (most strays).';
COMMENT ON COLUMN dogs.intake_dt IS 'Day the dog arrived with us.';
COMMENT ON COLUMN dogs.intake_kind IS 'How the dog came in: S = stray, H = handed over by its owner, P = transfer from a council pound';
COMMENT ON COLUMN dogs.pound_ref IS 'The council pound''s own reference, only for pound transfers.';
COMMENT ON COLUMN dogs.kennel_no IS 'Kennel number (1-24) the dog is or was last kept in.';
COMMENT ON COLUMN dogs.st IS 'Where the dog is now: K = in our kennels, F = out with a foster home, A = adopted, X = died or put to sleep';

CREATE TABLE volunteers (
    vol_id       serial PRIMARY KEY,
    first_name   text NOT NULL,
    last_name    text NOT NULL,
    email        text,
    phone        text,
    joined_dt    date NOT NULL,
    left_dt      date,
    dbs_ok       boolean NOT NULL DEFAULT false,
    drives       boolean NOT NULL DEFAULT false
);
COMMENT ON TABLE volunteers IS 'Our volunteers (walkers, kennel helpers, drivers, home checkers, event helpers).';
COMMENT ON COLUMN volunteers.left_dt IS 'Day they stopped volunteering. Blank = still volunteering with us.';
COMMENT ON COLUMN volunteers.dbs_ok IS 'DBS check done and clear.';
COMMENT ON COLUMN volunteers.drives IS 'Has a car and is happy to drive dogs to the vet / home checks.';

CREATE TABLE vet_practice (
    practice_id   serial PRIMARY KEY,
    practice_name text NOT NULL,
    town          text,
    phone         text,
    is_partner    boolean NOT NULL DEFAULT false,
    notes         text
);
COMMENT ON TABLE vet_practice IS 'The vet practices we use.';
COMMENT ON COLUMN vet_practice.is_partner IS 'True for our partner practices, who do intake health checks cheap or free and give us a charity discount.';

CREATE TABLE vet_visit (
    visit_id    serial PRIMARY KEY,
    dog_id      integer NOT NULL REFERENCES dogs(dog_id),
    practice_id integer NOT NULL REFERENCES vet_practice(practice_id),
    visit_dt    date NOT NULL,
    proc        char(1) NOT NULL,
    descr       text,
    qty         integer NOT NULL DEFAULT 1,
    unit_amt    numeric(8,2) NOT NULL,
    disc_pct    numeric(5,2) NOT NULL DEFAULT 0,
    inv_ref     text,
    paid_dt     date
);
COMMENT ON TABLE vet_visit IS 'Every vet visit / line on a vet invoice, one row per dog per visit.';
COMMENT ON COLUMN vet_visit.proc IS 'What was done: C = intake health check, V = vaccination, N = neutering (spay or castrate), T = treatment (illness, injury, dental, meds, emergencies)';
COMMENT ON COLUMN vet_visit.qty IS 'Number of units charged (doses, days of meds etc.)';
COMMENT ON COLUMN vet_visit.unit_amt IS 'Vet''s list price per unit in GBP, before our charity discount. 0 = free.';
COMMENT ON COLUMN vet_visit.disc_pct IS 'Charity discount the practice knocked off, as a percentage. What we actually pay is qty x unit_amt less this discount.';
COMMENT ON COLUMN vet_visit.inv_ref IS 'Vet''s invoice number (blank when nothing was charged).';
COMMENT ON COLUMN vet_visit.paid_dt IS 'Date we paid the vet for this. Blank = not paid yet.';

CREATE TABLE fosterers (
    fosterer_id  serial PRIMARY KEY,
    full_name    text NOT NULL,
    town         text,
    phone        text,
    approved_dt  date,
    active       boolean NOT NULL DEFAULT true,
    max_dogs     smallint NOT NULL DEFAULT 1,
    has_cats     boolean NOT NULL DEFAULT false,
    notes        text
);
COMMENT ON TABLE fosterers IS 'Our approved foster homes (foster carers).';
COMMENT ON COLUMN fosterers.active IS 'False = not taking dogs at the moment / stepped back.';
COMMENT ON COLUMN fosterers.max_dogs IS 'How many dogs they can have at once.';

CREATE TABLE foster_spells (
    spell_id     serial PRIMARY KEY,
    dog_id       integer NOT NULL REFERENCES dogs(dog_id),
    fosterer_id  integer NOT NULL REFERENCES fosterers(fosterer_id),
    start_dt     date NOT NULL,
    end_dt       date,
    notes        text
);
COMMENT ON TABLE foster_spells IS 'A dog''s stay with a foster home (a placement). One row per spell.';
COMMENT ON COLUMN foster_spells.end_dt IS 'Day the dog left the foster home (came back to kennels or was adopted from there). Blank = dog is still with the fosterer.';

CREATE TABLE applicant (
    applicant_id serial PRIMARY KEY,
    full_name    text NOT NULL,
    email        text,
    phone        text,
    town         text,
    postcode     text,
    has_garden   boolean NOT NULL DEFAULT true,
    other_dogs   boolean NOT NULL DEFAULT false
);
COMMENT ON TABLE applicant IS 'People who have applied to adopt one of our dogs (adopters, once they take one home).';
COMMENT ON COLUMN applicant.other_dogs IS 'True if they already have a dog at home.';

CREATE TABLE applications (
    app_id       serial PRIMARY KEY,
    applicant_id integer NOT NULL REFERENCES applicant(applicant_id),
    dog_id       integer NOT NULL REFERENCES dogs(dog_id),
    app_dt       date NOT NULL,
    hc_dt        date,
    hc_res       char(1),
    hc_by        integer REFERENCES volunteers(vol_id),
    st           char(1) NOT NULL,
    notes        text
);
COMMENT ON TABLE applications IS 'Adoption applications: someone applying for a particular dog, with the home check.';
COMMENT ON COLUMN applications.app_dt IS 'Day the application form came in.';
COMMENT ON COLUMN applications.hc_dt IS 'Day of the home check visit. Blank = home check not done yet (or never needed).';
COMMENT ON COLUMN applications.hc_res IS 'Home check result: P = passed, F = failed. Blank until the home check is done.';
COMMENT ON COLUMN applications.hc_by IS 'Volunteer who did the home check.';
COMMENT ON COLUMN applications.st IS 'Status: O = open (still being looked at), A = approved, D = declined (failed home check, not suitable, or the dog went to someone else), W = withdrawn by the applicant';

CREATE TABLE adoptions (
    adoption_id  serial PRIMARY KEY,
    dog_id       integer NOT NULL REFERENCES dogs(dog_id),
    applicant_id integer NOT NULL REFERENCES applicant(applicant_id),
    app_id       integer REFERENCES applications(app_id),
    adopt_dt     date NOT NULL,
    fee_amt      numeric(8,2) NOT NULL,
    fee_paid_dt  date,
    returned_dt  date,
    return_reason text
);
COMMENT ON TABLE adoptions IS 'A dog going to its new home. If it comes back and is adopted again, that is a second row.';
COMMENT ON COLUMN adoptions.adopt_dt IS 'Day the dog went home with the adopter.';
COMMENT ON COLUMN adoptions.fee_amt IS 'Adoption fee in GBP. 0 for golden oldies (9 and over).';
COMMENT ON COLUMN adoptions.fee_paid_dt IS 'Day the fee was paid. Blank = still owed.';
COMMENT ON COLUMN adoptions.returned_dt IS 'Day the dog was brought back to us. Blank = the adoption stuck.';

CREATE TABLE vol_shifts (
    shift_id     serial PRIMARY KEY,
    vol_id       integer NOT NULL REFERENCES volunteers(vol_id),
    shift_dt     date NOT NULL,
    shift_type   char(1) NOT NULL,
    hrs          numeric(4,2) NOT NULL,
    notes        text
);
COMMENT ON TABLE vol_shifts IS 'Volunteer shifts as logged on the sign-in sheet.';
COMMENT ON COLUMN vol_shifts.shift_type IS 'Type of shift: W = dog walking, C = kennel cleaning, T = transport (vet runs, collecting dogs), E = fundraising event / open day';
COMMENT ON COLUMN vol_shifts.hrs IS 'Hours worked on the shift.';

CREATE TABLE donors (
    donor_id     serial PRIMARY KEY,
    full_name    text NOT NULL,
    email        text,
    town         text,
    ga_decl      boolean NOT NULL DEFAULT false,
    dd_amt       numeric(8,2),
    dd_start     date,
    dd_end       date,
    created_dt   date
);
COMMENT ON TABLE donors IS 'People who give us money.';
COMMENT ON COLUMN donors.ga_decl IS 'Has signed a Gift Aid declaration (UK taxpayer).';
COMMENT ON COLUMN donors.dd_amt IS 'Monthly direct debit amount. Blank = not a monthly giver.';
COMMENT ON COLUMN donors.dd_start IS 'First month of their direct debit.';
COMMENT ON COLUMN donors.dd_end IS 'Day they cancelled the direct debit. Blank = still giving monthly (or never did).';

CREATE TABLE donations (
    don_id       serial PRIMARY KEY,
    donor_id     integer NOT NULL REFERENCES donors(donor_id),
    don_dt       date NOT NULL,
    amt          numeric(10,2) NOT NULL,
    freq         char(1) NOT NULL,
    method       char(1) NOT NULL,
    gift_aid     boolean NOT NULL DEFAULT false,
    ref          text,
    notes        text
);
COMMENT ON TABLE donations IS 'Every gift received.';
COMMENT ON COLUMN donations.amt IS 'Amount given in GBP (before any Gift Aid).';
COMMENT ON COLUMN donations.freq IS 'O = one-off gift, M = monthly direct debit payment';
COMMENT ON COLUMN donations.method IS 'How it was paid: D = direct debit, C = card / online (JustGiving), B = bank transfer, Q = cheque, H = cash';
COMMENT ON COLUMN donations.gift_aid IS 'True if we can claim Gift Aid on this gift (HMRC adds 25p per pound).';

-- ---------------------------------------------------------------- data

-- dogs: 600 dogs, roughly one every 1.8 days from 1 Jan 2024 to 30 Nov 2026
INSERT INTO dogs (dog_id, name, breed, sex, dob, intake_dt, intake_kind, pound_ref, kennel_no, microchip, st, notes)
SELECT s.i,
       (ARRAY['Bella','Max','Luna','Teddy','Milo','Daisy','Buster','Rosie','Bear','Poppy','Alfie','Molly',
              'Rocky','Tilly','Bruno','Nala','Rex','Lola','Diesel','Skye','Tyson','Maisie','Archie','Willow',
              'Zeus','Honey','Dexter','Ruby','Oscar','Bonnie','Duke','Penny','Ziggy','Mabel','Boris','Peggy',
              'Bandit','Hazel','Marley','Shadow','Pip','Kiko','Toby','Misty','Rolo','Sasha','Chester','Blue'])[1 + (s.i * 7) % 48],
       (ARRAY['Staffordshire Bull Terrier','Greyhound','Lurcher','Jack Russell Terrier','Border Collie',
              'German Shepherd','Labrador Retriever','Husky','Cocker Spaniel','Springer Spaniel','Chihuahua',
              'Crossbreed','Akita','Shih Tzu','Beagle','Saluki cross'])[1 + (s.i * 5) % 16],
       CASE WHEN (s.i * 3) % 7 < 4 THEN 'M' ELSE 'F' END,
       CASE WHEN s.kind = 'S' AND s.i % 2 = 0 THEN NULL
            ELSE s.idt - (200 + (s.i * 97) % 4000) END,
       s.idt,
       s.kind,
       CASE WHEN s.kind = 'P' THEN (CASE WHEN s.i % 2 = 0 THEN 'KMC/' ELSE 'CMBC-' END)
                                   || to_char(s.idt, 'YY') || '/' || lpad(s.i::text, 4, '0') END,
       1 + (s.i * 5) % 24,
       CASE WHEN s.i % 6 = 0 THEN NULL ELSE '9410000' || lpad(((s.i * 7919) % 100000000)::text, 8, '0') END,
       CASE WHEN (s.i * 37) % 101 < 3 THEN 'X' ELSE 'K' END,
       CASE WHEN (s.i * 37) % 101 < 3 THEN
                 (CASE WHEN s.i % 2 = 0 THEN 'Put to sleep on vet advice' ELSE 'Died in kennels' END)
            WHEN s.i % 17 = 0 THEN 'Not good with cats'
            WHEN s.i % 29 = 0 THEN 'Resource guards - needs an experienced home'
            WHEN s.i % 41 = 0 THEN 'Deaf in one ear'
       END
FROM (
    SELECT i,
           CASE WHEN i = 208 THEN DATE '2025-01-01'
                ELSE DATE '2024-01-01' + ((i - 1) * 1064 / 599) END AS idt,
           CASE WHEN (i * 7) % 10 < 4 THEN 'S' WHEN (i * 7) % 10 < 7 THEN 'H' ELSE 'P' END AS kind
    FROM generate_series(1, 600) AS i
) s
ORDER BY s.i;
SELECT setval(pg_get_serial_sequence('dogs', 'dog_id'), 600);

-- volunteers: 60, the first 20 are long-standing (they also do the home checks)
INSERT INTO volunteers (vol_id, first_name, last_name, email, phone, joined_dt, left_dt, dbs_ok, drives)
SELECT v.i, v.fn, v.ln,
       lower(v.fn) || '.' || lower(v.ln) || CASE WHEN v.i % 3 = 0 THEN '@gmail.com' ELSE '@outlook.com' END,
       CASE WHEN v.i % 8 = 0 THEN NULL ELSE '07' || lpad(((v.i * 48271) % 1000000000)::text, 9, '0') END,
       v.joined,
       CASE WHEN v.i > 20 AND v.i % 6 = 0 AND v.joined + 150 + (v.i * 13) % 300 <= DATE '2026-11-30'
            THEN v.joined + 150 + (v.i * 13) % 300 END,
       v.i % 5 <> 0 OR v.i <= 20,
       v.i % 3 = 0 OR v.i <= 20
FROM (
    SELECT i,
           (ARRAY['Sarah','James','Emma','David','Claire','Mark','Rachel','Paul','Joanne','Steven','Helen','Gary',
                  'Nicola','Andrew','Karen','Chris','Lisa','Ian','Amy','Tom','Gemma','Dan','Hannah','Rob',
                  'Lucy','Neil','Beth','Craig','Zoe','Martin','Aisha','Priya','Kev','Jade','Owen','Megan'])[1 + (i * 7) % 36] AS fn,
           (ARRAY['Smith','Jones','Taylor','Brown','Wilson','Walker','Wood','Thompson','Wright','Robinson','Hall',
                  'Green','Clarke','Jackson','Hussain','Khan','Ali','Shaw','Holroyd','Sutcliffe','Crossley','Firth',
                  'Greenwood','Ackroyd','Haigh','Lumb'])[1 + (i * 11) % 26] AS ln,
           CASE WHEN i <= 20 THEN DATE '2023-03-01' + i * 9
                WHEN i = 60 THEN DATE '2026-11-20'
                ELSE DATE '2024-01-01' + ((i - 21) * 1000 / 39) END AS joined
    FROM generate_series(1, 60) AS i
) v
ORDER BY v.i;
SELECT setval(pg_get_serial_sequence('volunteers', 'vol_id'), 60);

INSERT INTO vet_practice (practice_id, practice_name, town, phone, is_partner, notes) VALUES
 (1, 'Castle Vets', 'Halifax', '01422 360111', true, 'Main partner - free intake checks, 10% off everything'),
 (2, 'Moorside Veterinary Centre', 'Huddersfield', '01484 531207', true, '10% off, went up to 15% from Jan 2025'),
 (3, 'Calder Valley Vets', 'Hebden Bridge', '01422 842990', false, NULL),
 (4, 'Ridgeway Animal Hospital', 'Bradford', '01274 600450', false, 'Out of hours / emergencies only');
SELECT setval(pg_get_serial_sequence('vet_practice', 'practice_id'), 4);

-- vet visits: health check, jabs, neutering (unless already done), treatments for some, emergencies for a few
INSERT INTO vet_visit (dog_id, practice_id, visit_dt, proc, descr, qty, unit_amt, disc_pct, inv_ref, paid_dt)
SELECT x.dog_id, x.practice_id, x.visit_dt, x.proc, x.descr, x.qty, x.unit_amt,
       CASE x.practice_id WHEN 1 THEN 10 WHEN 2 THEN (CASE WHEN x.visit_dt < DATE '2025-01-01' THEN 10 ELSE 15 END) ELSE 0 END,
       CASE WHEN x.unit_amt = 0 THEN NULL
            ELSE (ARRAY['CV','MVC','CVV','RAH'])[x.practice_id] || '-' || to_char(x.visit_dt, 'YYMM') || '-' || lpad(x.dog_id::text, 4, '0') || x.proc END,
       CASE WHEN x.unit_amt = 0 THEN x.visit_dt
            WHEN (x.dog_id * 7 + ascii(x.proc)) % 53 = 0 THEN NULL
            WHEN x.visit_dt + 14 + x.dog_id % 20 > DATE '2026-11-30' THEN NULL
            ELSE x.visit_dt + 14 + x.dog_id % 20 END
FROM (
    SELECT d.dog_id, 1 + d.dog_id % 2 AS practice_id, d.intake_dt + 1 + d.dog_id % 3 AS visit_dt, 'C' AS proc,
           'Intake health check' AS descr, 1 AS qty,
           CASE WHEN d.dog_id % 2 = 0 THEN 0.00
                WHEN d.intake_dt < DATE '2025-01-01' THEN 32.00 ELSE 34.00 END AS unit_amt
    FROM dogs d
    UNION ALL
    SELECT d.dog_id, 1 + d.dog_id % 2, d.intake_dt + 3 + d.dog_id % 4, 'V',
           CASE WHEN d.dog_id % 5 = 0 THEN 'Vaccination - full primary course' ELSE 'Vaccination booster (DHP + Lepto)' END,
           CASE WHEN d.dog_id % 5 = 0 THEN 2 ELSE 1 END,
           CASE WHEN d.intake_dt + 3 + d.dog_id % 4 < DATE '2025-01-01' THEN 48.60 ELSE 52.00 END
    FROM dogs d
    UNION ALL
    SELECT d.dog_id, 1 + d.dog_id % 3, d.intake_dt + 14 + d.dog_id % 20, 'N',
           CASE WHEN d.sex = 'M' THEN 'Castration' ELSE 'Spay' END, 1,
           (CASE WHEN d.sex = 'M' THEN 180.00 ELSE 265.00 END)
           + (CASE WHEN d.intake_dt + 14 + d.dog_id % 20 >= DATE '2025-01-01' THEN 15.00 ELSE 0 END)
           + (CASE WHEN d.dog_id % 3 = 2 THEN 20.00 ELSE 0 END)
    FROM dogs d
    WHERE d.dog_id % 5 <> 1
    UNION ALL
    SELECT d.dog_id, 1 + d.dog_id % 3, d.intake_dt + 20 + (d.dog_id * 11) % 150, 'T',
           (ARRAY['Dental - scale and polish','Ear infection','Skin allergy meds','Wound stitched','Kennel cough',
                  'Lump removal','Eye drops','Tummy upset - bloods'])[1 + d.dog_id % 8],
           1 + d.dog_id % 3,
           15.00 + ((d.dog_id * 37) % 60) * 5 + 0.40 * (d.dog_id % 2)
    FROM dogs d
    WHERE (d.dog_id * 7) % 10 < 3
    UNION ALL
    SELECT d.dog_id, 4, d.intake_dt + 40 + d.dog_id % 90, 'T', 'Out-of-hours emergency', 1,
           350.00 + (d.dog_id % 7) * 25
    FROM dogs d
    WHERE d.dog_id % 13 = 0
) x
WHERE x.visit_dt <= DATE '2026-11-30'
ORDER BY x.visit_dt, x.dog_id, x.proc;

INSERT INTO fosterers (fosterer_id, full_name, town, phone, approved_dt, active, max_dogs, has_cats, notes) VALUES
 ( 1, 'Janet Holroyd',      'Sowerby Bridge', '07700 900101', DATE '2022-05-10', true,  2, false, 'Takes the nervous ones'),
 ( 2, 'Phil and Sue Barker','Elland',         '07700 900102', DATE '2021-09-01', true,  3, false, NULL),
 ( 3, 'Mandy Crossley',     'Halifax',        '07700 900103', DATE '2023-02-14', true,  2, true,  'Cat-tested dogs only'),
 ( 4, 'Imran Hussain',      'Huddersfield',   '07700 900104', DATE '2023-06-20', true,  1, false, NULL),
 ( 5, 'Gill Sutcliffe',     'Hebden Bridge',  '07700 900105', DATE '2022-11-03', true,  1, false, NULL),
 ( 6, 'Dave Firth',         'Brighouse',      '07700 900106', DATE '2023-08-30', true,  2, false, 'Good with big dogs'),
 ( 7, 'Karen Lumb',         'Todmorden',      '07700 900107', DATE '2023-10-12', false, 1, true,  'Not taking any more dogs once her current one is homed - new baby'),
 ( 8, 'Tom Greenwood',      'Halifax',        '07700 900108', DATE '2023-01-09', true,  1, false, NULL),
 ( 9, 'Ruth Ackroyd',       'Elland',         '07700 900109', DATE '2022-03-22', true,  2, false, NULL),
 (10, 'Sam Walker',         'Dewsbury',       '07700 900110', DATE '2023-12-01', true,  1, false, NULL),
 (11, 'Anne-Marie Haigh',   'Huddersfield',   '07700 900111', DATE '2023-04-18', true,  2, true,  NULL),
 (12, 'Lee Shaw',           'Bradford',       '07700 900112', DATE '2023-07-07', false, 1, false, 'Moved to Scotland September 2026'),
 (13, 'Fatima Khan',        'Halifax',        '07700 900113', DATE '2023-09-15', true,  1, false, NULL),
 (14, 'Pete Wood',          'Keighley',       '07700 900114', DATE '2022-08-08', true,  2, false, NULL),
 (15, 'Lorraine Clarke',    'Sowerby Bridge', '07700 900115', DATE '2023-05-05', true,  1, false, 'Puppies welcome'),
 (16, 'Gareth Jones',       'Brighouse',      '07700 900116', DATE '2023-11-11', true,  1, false, NULL),
 (17, 'Bev Thompson',       'Todmorden',      '07700 900117', DATE '2022-12-12', true,  2, true,  NULL),
 (18, 'Nadia Ali',          'Huddersfield',   '07700 900118', DATE '2023-03-03', true,  1, false, NULL),
 (19, 'Colin Wright',       'Halifax',        '07700 900119', DATE '2023-06-01', true,  1, false, 'Retired, home all day'),
 (20, 'Jo Robinson',        'Elland',         '07700 900120', DATE '2023-09-01', true,  2, false, NULL),
 (21, 'Martin Hall',        'Wakefield',      '07700 900121', DATE '2023-10-30', true,  1, false, NULL),
 (22, 'Kirsty Taylor',      'Halifax',        '07700 900122', DATE '2023-12-20', true,  1, true,  NULL),
 (23, 'Owen Green',         'Hebden Bridge',  '07700 900123', DATE '2023-12-28', true,  1, false, NULL),
 (24, 'Shabana Ali',        'Dewsbury',       '07700 900124', DATE '2023-12-30', true,  1, false, NULL),
 (25, 'Rebecca Jackson',    'Leeds',          '07700 900125', DATE '2026-11-02', true,  1, false, 'Just approved - no dogs yet');
SELECT setval(pg_get_serial_sequence('fosterers', 'fosterer_id'), 25);

-- foster spells: about a third of dogs go to foster; long-stayers often go to a long-term foster
INSERT INTO foster_spells (dog_id, fosterer_id, start_dt, end_dt, notes)
SELECT f.dog_id,
       (ARRAY[1,1,2,2,2,3,4,5,6,6,8,9,9,10,11,13,14,14,15,16,17,17,18,19,20,20,21,22,23,24,7,12])[1 + ((f.dog_id / 3) * 7 + (f.dog_id % 3) * 5) % 32],
       f.start_dt,
       CASE WHEN f.longstay AND f.dog_id % 2 = 0 THEN NULL
            WHEN NOT f.longstay AND f.a1 <= DATE '2026-11-30' AND f.nom_end >= f.a1 THEN f.a1
            WHEN f.nom_end > DATE '2026-11-30' THEN NULL
            ELSE f.nom_end END,
       CASE WHEN f.longstay AND f.dog_id % 2 = 0 THEN 'Long-term foster'
            WHEN f.dog_id % 11 = 0 THEN 'Came back - not settling' END
FROM (
    SELECT d.dog_id,
           (d.dog_id * 37) % 101 >= 92 AS longstay,
           d.intake_dt + 5 + d.dog_id % 11 AS start_dt,
           d.intake_dt + 5 + d.dog_id % 11 + 10 + (d.dog_id * 7) % 50 AS nom_end,
           d.intake_dt + 21 + (d.dog_id * 13) % 97 AS a1
    FROM dogs d
    WHERE (d.dog_id * 37) % 101 >= 3
      AND (d.dog_id % 3 = 0 OR ((d.dog_id * 37) % 101 >= 92 AND d.dog_id % 2 = 0))
) f
WHERE f.start_dt <= DATE '2026-11-30'
ORDER BY f.start_dt, f.dog_id;

-- applicants: 650 people (the last one has not applied for anything yet)
INSERT INTO applicant (applicant_id, full_name, email, phone, town, postcode, has_garden, other_dogs)
SELECT a.i, a.fn || ' ' || a.ln,
       CASE WHEN a.i % 25 = 0 THEN NULL
            ELSE lower(a.fn) || lower(a.ln) || (a.i % 90)::text || (ARRAY['@gmail.com','@hotmail.co.uk','@yahoo.co.uk','@btinternet.com'])[1 + a.i % 4] END,
       '07' || lpad(((a.i * 69621) % 1000000000)::text, 9, '0'),
       a.town,
       (CASE a.town WHEN 'Halifax' THEN 'HX1' WHEN 'Sowerby Bridge' THEN 'HX6' WHEN 'Elland' THEN 'HX5'
                    WHEN 'Brighouse' THEN 'HD6' WHEN 'Huddersfield' THEN 'HD1' WHEN 'Hebden Bridge' THEN 'HX7'
                    WHEN 'Todmorden' THEN 'OL14' WHEN 'Bradford' THEN 'BD7' WHEN 'Leeds' THEN 'LS12'
                    WHEN 'Wakefield' THEN 'WF2' WHEN 'Dewsbury' THEN 'WF13' ELSE 'BD21' END)
       || ' ' || (1 + a.i % 9)::text || (ARRAY['AB','DJ','EF','GL','HN','PQ','RT','SW','XY'])[1 + (a.i * 5) % 9],
       a.i % 4 <> 0,
       a.i % 3 = 0
FROM (
    SELECT i,
           (ARRAY['Sophie','Jack','Olivia','Harry','Emily','George','Jessica','Liam','Chloe','Ryan','Laura','Adam',
                  'Kelly','Matthew','Stacey','Josh','Natalie','Ben','Vicky','Luke','Sana','Bilal','Anna','Jon',
                  'Debbie','Carl','Tracy','Wayne','Mel','Shaun'])[1 + (i * 7) % 30] AS fn,
           (ARRAY['Smith','Jones','Taylor','Brown','Wilson','Walker','Wood','Thompson','Wright','Robinson','Hall',
                  'Green','Clarke','Jackson','Hussain','Khan','Ali','Shaw','Holroyd','Sutcliffe','Crossley','Firth',
                  'Greenwood','Ackroyd','Haigh','Lumb','Mitchell','Bairstow','Dyson','Pickles','Bottomley'])[1 + (i * 11) % 31] AS ln,
           (ARRAY['Halifax','Halifax','Huddersfield','Huddersfield','Brighouse','Elland','Sowerby Bridge','Hebden Bridge',
                  'Todmorden','Bradford','Leeds','Wakefield','Dewsbury','Keighley'])[1 + (i * 3) % 14] AS town
    FROM generate_series(1, 650) AS i
) a
ORDER BY a.i;
SELECT setval(pg_get_serial_sequence('applicant', 'applicant_id'), 650);

-- applications: the successful ones (first adoption, and re-homing of dogs that came back),
-- plus the ones that went nowhere (withdrawn, declined, still open)
INSERT INTO applications (applicant_id, dog_id, app_dt, hc_dt, hc_res, hc_by, st, notes)
WITH d AS (
    SELECT dog_id, intake_dt, (dog_id * 37) % 101 AS h, intake_dt + 21 + (dog_id * 13) % 97 AS a1
    FROM dogs
), ev AS (
    SELECT dog_id, 1 + (dog_id * 53) % 640 AS applicant_id, a1 - 12 - dog_id % 5 AS app_dt
    FROM d WHERE h BETWEEN 3 AND 91
    UNION ALL
    SELECT dog_id, 1 + (dog_id * 53 + 211) % 640,
           a1 + 5 + (dog_id % 4) * 6 + 25 + dog_id % 20 - 12 - dog_id % 5
    FROM d WHERE h BETWEEN 3 AND 91 AND dog_id % 18 = 4 AND a1 + 5 + (dog_id % 4) * 6 <= DATE '2026-11-30'
), evr AS (
    SELECT applicant_id, dog_id, app_dt,
           CASE WHEN app_dt + 5 + dog_id % 3 <= DATE '2026-11-30' THEN app_dt + 5 + dog_id % 3 END AS hc_dt
    FROM ev WHERE app_dt <= DATE '2026-11-30'
), good AS (
    SELECT applicant_id, dog_id, app_dt, hc_dt,
           CASE WHEN hc_dt IS NOT NULL THEN 'P' END AS hc_res,
           CASE WHEN hc_dt IS NULL THEN 'O' ELSE 'A' END AS st,
           CAST(NULL AS text) AS notes
    FROM evr
), other AS (
    SELECT o.applicant_id, o.dog_id, o.app_dt,
           CASE WHEN o.app_dt > DATE '2026-10-15' THEN
                     (CASE WHEN o.j % 2 = 0 AND o.app_dt + 6 <= DATE '2026-11-30' THEN o.app_dt + 6 END)
                WHEN o.j % 4 IN (1, 2) THEN o.app_dt + 6 + o.j % 5 END AS hc_dt,
           o.j
    FROM (
        SELECT j, 1 + (j * 29) % 649 AS applicant_id, dg.dog_id, dg.intake_dt + 7 + j % 40 AS app_dt
        FROM generate_series(1, 520) AS j
        JOIN dogs dg ON dg.dog_id = 1 + (j * 17) % 600
    ) o
    WHERE o.app_dt <= DATE '2026-11-30'
), bad AS (
    SELECT applicant_id, dog_id, app_dt, hc_dt,
           CASE WHEN hc_dt IS NULL THEN NULL
                WHEN app_dt > DATE '2026-10-15' OR j % 4 = 2 THEN 'P' ELSE 'F' END,
           CASE WHEN app_dt > DATE '2026-10-15' THEN 'O' WHEN j % 4 = 0 THEN 'W' ELSE 'D' END,
           CASE WHEN app_dt > DATE '2026-10-15' THEN NULL
                WHEN j % 4 = 0 THEN (ARRAY['Changed their mind','Found a dog elsewhere','Landlord said no'])[1 + j % 3]
                WHEN j % 4 = 1 THEN (ARRAY['Garden not secure','Other dog not compatible','Out at work all day'])[1 + j % 3]
                WHEN j % 4 = 2 THEN 'Dog went to another home'
                ELSE 'Not suitable on paper' END
    FROM other
)
SELECT u.applicant_id, u.dog_id, u.app_dt, u.hc_dt, u.hc_res,
       CASE WHEN u.hc_dt IS NOT NULL THEN 1 + (u.dog_id * 7 + (u.app_dt - DATE '2024-01-01')) % 20 END,
       u.st, u.notes
FROM (SELECT * FROM good UNION ALL SELECT * FROM bad) u
ORDER BY u.app_dt, u.dog_id, u.applicant_id;

-- adoptions: every approved application whose go-home day has come
INSERT INTO adoptions (dog_id, applicant_id, app_id, adopt_dt, fee_amt, fee_paid_dt, returned_dt, return_reason)
SELECT a.dog_id, a.applicant_id, a.app_id, a.adopt_dt, a.fee,
       CASE WHEN a.fee = 0 THEN a.adopt_dt
            WHEN a.adopt_dt > DATE '2026-11-20' AND a.dog_id % 2 = 0 THEN NULL
            WHEN a.dog_id % 37 = 0 THEN NULL
            ELSE least(a.adopt_dt + a.dog_id % 3, DATE '2026-11-30') END,
       CASE WHEN a.n = 1 AND a.dog_id % 9 = 4 AND a.adopt_dt + 5 + (a.dog_id % 4) * 6 <= DATE '2026-11-30'
            THEN a.adopt_dt + 5 + (a.dog_id % 4) * 6 END,
       CASE WHEN a.n = 1 AND a.dog_id % 9 = 4 AND a.adopt_dt + 5 + (a.dog_id % 4) * 6 <= DATE '2026-11-30'
            THEN (ARRAY['Chasing the cat','Separation anxiety','Too strong on the lead','Owner''s health','Snapped at child'])[1 + a.dog_id % 5] END
FROM (
    SELECT ap.app_id, ap.applicant_id, ap.dog_id, ap.app_dt + 12 + ap.dog_id % 5 AS adopt_dt,
           row_number() OVER (PARTITION BY ap.dog_id ORDER BY ap.app_dt) AS n,
           CASE WHEN dg.dob IS NOT NULL AND ap.app_dt + 12 + ap.dog_id % 5 - dg.dob >= 9 * 365 THEN 0.00
                WHEN dg.dob IS NOT NULL AND ap.app_dt + 12 + ap.dog_id % 5 - dg.dob < 365 THEN 250.00
                WHEN ap.dog_id % 23 = 0 THEN 95.00
                WHEN ap.app_dt + 12 + ap.dog_id % 5 < DATE '2025-01-01' THEN 195.00
                ELSE 210.00 END AS fee
    FROM applications ap
    JOIN dogs dg ON dg.dog_id = ap.dog_id
    WHERE ap.st = 'A'
) a
WHERE a.adopt_dt <= DATE '2026-11-30'
ORDER BY a.adopt_dt, a.dog_id;

-- where each dog is now
UPDATE dogs d SET st = 'A'
WHERE EXISTS (SELECT 1 FROM adoptions a WHERE a.dog_id = d.dog_id AND a.returned_dt IS NULL);
UPDATE dogs d SET st = 'F'
WHERE d.st = 'K' AND EXISTS (SELECT 1 FROM foster_spells f WHERE f.dog_id = d.dog_id AND f.end_dt IS NULL);

-- volunteer shifts (a few volunteers went quiet from September 2025; the newest has not done one yet)
INSERT INTO vol_shifts (vol_id, shift_dt, shift_type, hrs, notes)
SELECT s.vol_id, s.shift_dt, s.shift_type,
       CASE s.shift_type
            WHEN 'W' THEN (ARRAY[1.00, 1.50, 2.00, 1.00, 0.75])[1 + s.k % 5]
            WHEN 'C' THEN (ARRAY[2.50, 3.00, 4.00])[1 + s.k % 3]
            WHEN 'T' THEN (ARRAY[1.25, 2.00, 3.50])[1 + s.k % 3]
            ELSE (ARRAY[4.00, 5.50, 6.50])[1 + s.k % 3] END,
       CASE WHEN s.k % 97 = 0 THEN 'Left early - rain' WHEN s.k % 89 = 0 THEN 'Brought own dog treats' END
FROM (
    SELECT k, 1 + (k * 13) % 59 AS vol_id,
           DATE '2024-01-01' + (k * 7919) % 1065 AS shift_dt,
           CASE WHEN k % 10 < 5 THEN 'W' WHEN k % 10 < 8 THEN 'C' WHEN k % 10 = 8 THEN 'T' ELSE 'E' END AS shift_type
    FROM generate_series(1, 4500) AS k
) s
JOIN volunteers v ON v.vol_id = s.vol_id
WHERE s.shift_dt >= v.joined_dt
  AND s.shift_dt <= coalesce(v.left_dt, DATE '2026-11-30')
  AND NOT (v.vol_id % 10 = 7 AND s.shift_dt >= DATE '2025-09-01')
ORDER BY s.shift_dt, s.vol_id, s.k;

-- donors: 300; every fourth one has (or had) a monthly direct debit; the last one has not given yet
INSERT INTO donors (donor_id, full_name, email, town, ga_decl, dd_amt, dd_start, dd_end, created_dt)
SELECT x.i, x.fn || ' ' || x.ln,
       CASE WHEN x.i % 7 = 0 THEN NULL ELSE lower(x.fn) || '.' || lower(x.ln) || x.i::text || '@example.co.uk' END,
       (ARRAY['Halifax','Huddersfield','Brighouse','Elland','Sowerby Bridge','Hebden Bridge','Todmorden','Bradford',
              'Leeds','Wakefield','Manchester','London'])[1 + (x.i * 5) % 12],
       x.i % 3 <> 0,
       CASE WHEN x.i % 4 = 0 AND x.i < 300 THEN (ARRAY[5.00, 10.00, 15.00, 20.00, 25.00])[1 + x.i % 5] END,
       CASE WHEN x.i % 4 = 0 AND x.i < 300 THEN x.dds END,
       CASE WHEN x.i % 4 = 0 AND x.i < 300 AND x.i % 12 = 0 AND x.dds + 90 + (x.i * 11) % 400 <= DATE '2026-11-30'
            THEN x.dds + 90 + (x.i * 11) % 400 END,
       DATE '2023-06-01' + (x.i * 3)
FROM (
    SELECT i,
           (ARRAY['Margaret','John','Susan','Peter','Linda','Michael','Pauline','Alan','Jean','Brian','Carol','Keith',
                  'Julie','Graham','Wendy','Stuart','Angela','Colin','Dawn','Trevor','Farah','Raj','Yvonne','Les','Sheila'])[1 + (i * 7) % 25] AS fn,
           (ARRAY['Smith','Jones','Taylor','Brown','Wilson','Walker','Wood','Thompson','Wright','Robinson','Hall',
                  'Green','Clarke','Jackson','Hussain','Khan','Patel','Shaw','Holroyd','Sutcliffe','Crossley','Firth',
                  'Greenwood','Ackroyd','Haigh','Lumb','Mitchell','Dyson'])[1 + (i * 11) % 28] AS ln,
           DATE '2024-01-01' + (i * 37) % 800 AS dds
    FROM generate_series(1, 300) AS i
) x
ORDER BY x.i;
SELECT setval(pg_get_serial_sequence('donors', 'donor_id'), 300);

INSERT INTO donations (donor_id, don_dt, amt, freq, method, gift_aid, ref, notes)
SELECT g.donor_id, g.don_dt, g.amt, g.freq, g.method, g.gift_aid, g.ref, g.notes
FROM (
    -- monthly direct debits
    SELECT dn.donor_id, m.m::date + dn.donor_id % 28 AS don_dt, dn.dd_amt AS amt, 'M' AS freq, 'D' AS method,
           dn.ga_decl AS gift_aid, 'DD' || lpad(dn.donor_id::text, 5, '0') AS ref, CAST(NULL AS text) AS notes
    FROM donors dn
    CROSS JOIN generate_series(DATE '2024-01-01', DATE '2026-11-01', INTERVAL '1 month') AS m(m)
    WHERE dn.dd_amt IS NOT NULL
      AND m.m::date + dn.donor_id % 28 >= dn.dd_start
      AND m.m::date + dn.donor_id % 28 <= coalesce(dn.dd_end, DATE '2026-11-30')
    UNION ALL
    -- one-off gifts
    SELECT o.donor_id, o.don_dt, o.amt, 'O', o.method, dn.ga_decl AND o.method <> 'H',
           CASE WHEN o.method = 'C' THEN 'JG' || lpad((o.j * 7)::text, 6, '0') END,
           CASE WHEN o.j % 53 = 0 THEN 'In memory of Bess' WHEN o.j % 61 = 0 THEN 'Sponsored walk' END
    FROM (
        SELECT j, 1 + (j * 31) % 299 AS donor_id,
               DATE '2024-01-01' + (j * 7919) % 1065 AS don_dt,
               (ARRAY[5.00, 10.00, 10.00, 20.00, 20.00, 25.00, 30.00, 50.00, 50.00, 100.00, 15.00, 12.00, 40.00, 75.00, 33.60])[1 + (j * 7) % 15] AS amt,
               CASE WHEN j % 10 < 6 THEN 'C' WHEN j % 10 < 8 THEN 'B' WHEN j % 10 = 8 THEN 'Q' ELSE 'H' END AS method
        FROM generate_series(1, 1400) AS j
    ) o
    JOIN donors dn ON dn.donor_id = o.donor_id
    UNION ALL
    -- the big ones
    SELECT v.donor_id, v.don_dt, v.amt, 'O', v.method, dn.ga_decl AND v.method <> 'H', NULL, v.notes
    FROM (VALUES (17,  DATE '2025-03-14', 1000.00, 'B', 'Legacy from her late husband'),
                 (88,  DATE '2025-11-02',  500.00, 'Q', NULL),
                 (142, DATE '2025-06-30',  750.00, 'B', 'Company match'),
                 (203, DATE '2025-12-24',  420.00, 'C', 'Christmas appeal'),
                 (251, DATE '2026-01-01',  250.00, 'C', 'New Year'),
                 (61,  DATE '2024-12-31',  300.00, 'B', NULL)) AS v(donor_id, don_dt, amt, method, notes)
    JOIN donors dn ON dn.donor_id = v.donor_id
) g
ORDER BY g.don_dt, g.donor_id, g.freq;
