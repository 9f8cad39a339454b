-- Made-up schema: "The Toy Cupboard", a volunteer-run community toy library in Stroud,
-- Gloucestershire (UK registered charity, money in GBP).
--
-- How it works:
--   * Families join for a year at a time (members). Standard membership is GBP 20 a year
--     (GBP 24 for membership years starting on or after 1 April 2025), concession GBP 5, and a
--     handful of families referred by a health visitor or the Family Hub join free. A family
--     that does not renew is marked lapsed. Children are recorded per family (kids) so we can
--     suggest toys by age; some families (grandparents, childminders) have no children recorded.
--   * Toys (toys) sit on a main shelf category (categories) and are also listed under any
--     number of website categories (toy_cat, main one included). Roughly half the collection
--     was donated by the public (donations: the volunteers check every bag and keep only what
--     is safe and complete, the rest goes to the charity shop). When the library moved off the
--     paper card index in January 2024 the whole existing stock was re-catalogued and all the
--     existing members re-registered, so a big lump of join / acquisition dates falls in
--     January-February 2024; what we paid for that old stock is not known.
--   * Sessions (sessions): Saturday mornings 10:00-12:00 and Wednesday after school 15:30-17:30
--     at the Five Valleys Community Centre; no Wednesday sessions in August; closed between
--     Christmas and New Year; a few summer pop-up stalls at local events (rare). Each session is
--     run by a rota of volunteers (rota links volunteers and sessions).
--   * Loans (loan): up to four toys per family, three weeks (big toys two weeks), renewable at the
--     desk for another week each time. Returns can also go in the returns box at reception, so
--     return dates fall on any day.
--   * Fines (fines): a late fine row is raised automatically for every late return: 10p per day
--     after three days' grace, capped at GBP 3.00 per loan, so returns inside the grace period
--     get a fine of 0.00. Missing pieces are 50p each; a lost toy is charged at its replacement
--     value. The coordinator waives fines now and then (always for free-tier families).
-- Codes (legends also in the column comments): members.tier S standard / C concession / F free;
-- toys.cond N new / G good / F fair / P poor; sessions.sess_typ S Saturday / W Wednesday / P pop-up;
-- rota.role K key holder / D desk / C checking / T trainee; loan.ln_st O out / R returned / L lost /
-- V void; fines.fine_typ L late / M missing pieces / X lost toy; fines.st P paid / O outstanding /
-- W waived; memb_fees.pay_mth C cash / K card / B bank transfer. Y/N flags: gift_aid, big_yn, collected.
-- Data run from 6 January 2024 to 30 November 2026 (cut-off); only children's birth dates and a
-- few volunteers' DBS check dates are earlier. Data are deterministic
-- (generate_series, modulo arithmetic and hashtext; no random()). Re-runnable: tables are
-- dropped children first.

DROP TABLE IF EXISTS fines;
DROP TABLE IF EXISTS loan;
DROP TABLE IF EXISTS rota;
DROP TABLE IF EXISTS sessions;
DROP TABLE IF EXISTS volunteers;
DROP TABLE IF EXISTS toy_cat;
DROP TABLE IF EXISTS toys;
DROP TABLE IF EXISTS donations;
DROP TABLE IF EXISTS categories;
DROP TABLE IF EXISTS memb_fees;
DROP TABLE IF EXISTS kids;
DROP TABLE IF EXISTS members;

-- ================================================================ tables

CREATE TABLE members (
    fam_id    integer PRIMARY KEY,
    fam_nm    text NOT NULL,
    cont_nm   text NOT NULL,
    pcode     varchar(8) NOT NULL,
    ph_no     varchar(15),
    email     text,
    tier      char(1) NOT NULL,
    gift_aid  char(1) NOT NULL DEFAULT 'N',
    join_dt   date NOT NULL,
    lapse_dt  date
);
COMMENT ON TABLE members IS 'Member families (one row per household that borrows)';
COMMENT ON COLUMN members.fam_nm IS 'family surname(s)';
COMMENT ON COLUMN members.cont_nm IS 'first name of the main contact (the grown-up who signs for loans)';
COMMENT ON COLUMN members.pcode IS 'postcode';
COMMENT ON COLUMN members.ph_no IS 'phone number; NULL = none given';
COMMENT ON COLUMN members.email IS 'email; NULL = none given';
COMMENT ON COLUMN members.tier IS 'membership tier: S = standard, C = concession (low income / benefits), F = free (referred by health visitor or Family Hub)';
COMMENT ON COLUMN members.gift_aid IS 'Y = signed a Gift Aid declaration, N = not';
COMMENT ON COLUMN members.join_dt IS 'date the family joined (re-registration date for families who joined on the old paper system)';
COMMENT ON COLUMN members.lapse_dt IS 'date the membership ran out without being renewed; NULL = current member';

CREATE TABLE kids (
    kid_id     integer PRIMARY KEY,
    fam_id     integer NOT NULL REFERENCES members (fam_id),
    first_nm   text NOT NULL,
    dob        date NOT NULL,
    addl_needs boolean NOT NULL DEFAULT false
);
COMMENT ON TABLE kids IS 'Children in member families';
COMMENT ON COLUMN kids.dob IS 'date of birth';
COMMENT ON COLUMN kids.addl_needs IS 'true = child has additional / special educational needs (we point them at the adapted toys)';

CREATE TABLE memb_fees (
    fee_id    integer PRIMARY KEY,
    fam_id    integer NOT NULL REFERENCES members (fam_id),
    yr_start  date NOT NULL,
    pd_dt     date NOT NULL,
    amt       numeric(6,2) NOT NULL,
    pay_mth   char(1)
);
COMMENT ON TABLE memb_fees IS 'Membership fees received, one row per family per membership year paid';
COMMENT ON COLUMN memb_fees.yr_start IS 'first day of the membership year this payment covers (join date or its anniversary)';
COMMENT ON COLUMN memb_fees.pd_dt IS 'date the money was received';
COMMENT ON COLUMN memb_fees.amt IS 'amount paid, GBP (includes any voluntary top-up; 0.00 for free-tier families)';
COMMENT ON COLUMN memb_fees.pay_mth IS 'C = cash, K = card (card reader since July 2024), B = bank transfer; NULL = nothing to pay';

CREATE TABLE categories (
    cat_id     smallint PRIMARY KEY,
    cat_nm     text NOT NULL,
    age_from_m smallint NOT NULL,
    age_to_m   smallint
);
COMMENT ON TABLE categories IS 'Toy categories (the shelves, and the categories on the website)';
COMMENT ON COLUMN categories.age_from_m IS 'suggested youngest age, months';
COMMENT ON COLUMN categories.age_to_m IS 'suggested oldest age, months; NULL = no upper age';

CREATE TABLE donations (
    don_id      integer PRIMARY KEY,
    don_dt      date NOT NULL,
    donor_nm    text,
    fam_id      integer REFERENCES members (fam_id),
    items_in    smallint NOT NULL,
    items_kept  smallint NOT NULL,
    collected   char(1) NOT NULL DEFAULT 'N',
    notes       text
);
COMMENT ON TABLE donations IS 'Toys donated to the library, one row per bag / drop-off';
COMMENT ON COLUMN donations.donor_nm IS 'name of the donor when not a member; NULL = anonymous, or a member family (then see fam_id)';
COMMENT ON COLUMN donations.fam_id IS 'member family that donated; NULL = not a member or anonymous';
COMMENT ON COLUMN donations.items_in IS 'number of toys handed in';
COMMENT ON COLUMN donations.items_kept IS 'number of those toys kept for lending after checking (the rest went to the charity shop)';
COMMENT ON COLUMN donations.collected IS 'Y = a volunteer collected it from the donor''s home, N = dropped off';

CREATE TABLE toys (
    toy_id      integer PRIMARY KEY,
    toy_nm      text NOT NULL,
    brand       text,
    cat_id      smallint NOT NULL REFERENCES categories (cat_id),
    pcs         smallint,
    cond        char(1) NOT NULL,
    repl_val    numeric(7,2) NOT NULL,
    cost_amt    numeric(7,2),
    don_id      integer REFERENCES donations (don_id),
    acq_dt      date NOT NULL,
    big_yn      char(1) NOT NULL DEFAULT 'N',
    retired_dt  date
);
COMMENT ON TABLE toys IS 'Every toy in the collection, one row per physical toy (several copies of popular toys)';
COMMENT ON COLUMN toys.brand IS 'maker; NULL = home-made (story sacks, dressing-up box)';
COMMENT ON COLUMN toys.cat_id IS 'main shelf category';
COMMENT ON COLUMN toys.pcs IS 'number of pieces to count on return; NULL = one-piece toy, nothing to count';
COMMENT ON COLUMN toys.cond IS 'condition at last check: N = new / as new, G = good, F = fair (well used), P = poor (needs repair or retiring)';
COMMENT ON COLUMN toys.repl_val IS 'replacement value, GBP (what a lost toy is charged at)';
COMMENT ON COLUMN toys.cost_amt IS 'what we paid, GBP; 0.00 = donated; NULL = old stock from before January 2024, price not known';
COMMENT ON COLUMN toys.don_id IS 'donation it came from; NULL = bought (or old stock)';
COMMENT ON COLUMN toys.acq_dt IS 'date added to the collection';
COMMENT ON COLUMN toys.big_yn IS 'Y = big toy (ride-ons, play kitchens...): two-week loans, one at a time per family';
COMMENT ON COLUMN toys.retired_dt IS 'date taken out of the collection (broken, worn out, recalled); NULL = still lendable';

CREATE TABLE toy_cat (
    toy_id  integer NOT NULL REFERENCES toys (toy_id),
    cat_id  smallint NOT NULL REFERENCES categories (cat_id),
    PRIMARY KEY (toy_id, cat_id)
);
COMMENT ON TABLE toy_cat IS 'Every category a toy is listed under on the website, its main shelf category included';

CREATE TABLE volunteers (
    vol_id     smallint PRIMARY KEY,
    vol_nm     text NOT NULL,
    fam_id     integer REFERENCES members (fam_id),
    ph_no      varchar(15),
    dbs_dt     date,
    first_aid  boolean NOT NULL DEFAULT false,
    start_dt   date NOT NULL,
    left_dt    date
);
COMMENT ON TABLE volunteers IS 'Volunteers who run the sessions';
COMMENT ON COLUMN volunteers.fam_id IS 'their own member family, if they are a member parent; NULL = not a member';
COMMENT ON COLUMN volunteers.dbs_dt IS 'date of their DBS (criminal record) check; NULL = not done yet';
COMMENT ON COLUMN volunteers.first_aid IS 'true = holds a current first-aid certificate';
COMMENT ON COLUMN volunteers.left_dt IS 'date they stopped volunteering; NULL = still active';

CREATE TABLE sessions (
    sess_id   integer PRIMARY KEY,
    sess_dt   date NOT NULL,
    sess_typ  char(1) NOT NULL,
    venue     text NOT NULL,
    start_tm  time NOT NULL,
    end_tm    time NOT NULL,
    cxl_rsn   text,
    hd_cnt    smallint
);
COMMENT ON TABLE sessions IS 'Opening sessions of the library';
COMMENT ON COLUMN sessions.sess_typ IS 'S = Saturday morning, W = Wednesday after school, P = pop-up stall at a local event';
COMMENT ON COLUMN sessions.cxl_rsn IS 'why the session was cancelled; NULL = it went ahead';
COMMENT ON COLUMN sessions.hd_cnt IS 'people through the door (clicker count, adults and children); NULL = not counted';

CREATE TABLE rota (
    sess_id  integer NOT NULL REFERENCES sessions (sess_id),
    vol_id   smallint NOT NULL REFERENCES volunteers (vol_id),
    role     char(1) NOT NULL,
    hrs      numeric(3,1) NOT NULL,
    PRIMARY KEY (sess_id, vol_id)
);
COMMENT ON TABLE rota IS 'Which volunteers were down to work which session';
COMMENT ON COLUMN rota.role IS 'K = key holder (opens and locks up), D = desk (issues and takes back toys), C = checking and cleaning returned toys, T = trainee shadowing';
COMMENT ON COLUMN rota.hrs IS 'hours actually worked; 0 = was on the rota but did not turn up, or the session was cancelled';

CREATE TABLE loan (
    loan_id    integer PRIMARY KEY,
    fam_id     integer NOT NULL REFERENCES members (fam_id),
    toy_id     integer NOT NULL REFERENCES toys (toy_id),
    sess_id    integer NOT NULL REFERENCES sessions (sess_id),
    out_dt     date NOT NULL,
    due_dt     date NOT NULL,
    renewals   smallint NOT NULL DEFAULT 0,
    ret_dt     date,
    ln_st      char(1) NOT NULL,
    pcs_short  smallint
);
COMMENT ON TABLE loan IS 'Toy loans, one row per toy lent';
COMMENT ON COLUMN loan.sess_id IS 'session the toy was lent at';
COMMENT ON COLUMN loan.due_dt IS 'date due back (after any renewals)';
COMMENT ON COLUMN loan.renewals IS 'times the loan was renewed, a week each';
COMMENT ON COLUMN loan.ret_dt IS 'date it came back (desk or returns box); NULL = not back';
COMMENT ON COLUMN loan.ln_st IS 'O = out, R = returned, L = lost (never came back, written off), V = void (issued in error, toy never left)';
COMMENT ON COLUMN loan.pcs_short IS 'pieces missing when it came back; NULL = not counted (one-piece toy, or not back)';

CREATE TABLE fines (
    fine_id    integer PRIMARY KEY,
    loan_id    integer NOT NULL REFERENCES loan (loan_id),
    fine_typ   char(1) NOT NULL,
    fine_dt    date NOT NULL,
    days_late  smallint,
    amt        numeric(6,2) NOT NULL,
    st         char(1) NOT NULL,
    paid_dt    date
);
COMMENT ON TABLE fines IS 'Fines and charges raised on loans';
COMMENT ON COLUMN fines.fine_typ IS 'L = late return, M = missing pieces, X = lost toy (charged at replacement value)';
COMMENT ON COLUMN fines.fine_dt IS 'date the fine was raised';
COMMENT ON COLUMN fines.days_late IS 'days after the due date the toy came back (late-return fines only)';
COMMENT ON COLUMN fines.amt IS 'amount charged, GBP (0.00 = late but inside the three days grace)';
COMMENT ON COLUMN fines.st IS 'P = paid, O = outstanding, W = waived by the coordinator';
COMMENT ON COLUMN fines.paid_dt IS 'date paid; NULL = not paid';

-- ================================================================ data

-- ---------------------------------------------------------------- members
INSERT INTO members (fam_id, fam_nm, cont_nm, pcode, ph_no, email, tier, gift_aid, join_dt, lapse_dt)
WITH b AS (
    SELECT f,
           (ARRAY['Harper','Okonjo','Fletcher','Nowak','Bennett','Ahmed','Collins','Davies','Ellis','Fraser',
                  'Gallagher','Hussain','Ingram','Jenkins','Kaur','Lloyd','Marsh','Nguyen','O''Brien','Price',
                  'Quinn','Rahman','Stokes','Turner','Underwood','Vaughan','Walsh','Yates','Zielinski','Morgan'])[1 + (f * 7) % 30] AS fam_nm,
           (ARRAY['Hannah','Tom','Priya','Kasia','Rachel','Imran','Sophie','Gareth','Laura','Ben',
                  'Aoife','Nadia','Chris','Emma','Jas','Rhian','Dan','Linh','Siobhan','Mark',
                  'Becky','Tariq','Jo','Amy'])[1 + (f * 5) % 24] AS cont_nm,
           CASE WHEN f <= 120 THEN date '2024-01-06' + ((f - 1) * 53) / 120
                ELSE date '2024-03-02' + ((f - 121) * 1000) / 310 END AS join_dt
    FROM generate_series(1, 430) AS f
)
SELECT f, fam_nm, cont_nm,
       (ARRAY['GL5','GL5','GL5','GL5','GL5','GL6','GL6','GL10'])[1 + (f * 3) % 8]
         || ' ' || (1 + f % 9)::text || chr(65 + (f * 7) % 26) || chr(65 + (f * 11) % 26),
       CASE WHEN f % 19 = 7 THEN NULL ELSE '07' || lpad(((f::bigint * 73939133) % 1000000000)::text, 9, '0') END,
       CASE WHEN f % 6 = 0 THEN NULL
            ELSE lower(cont_nm) || '.' || lower(replace(fam_nm, '''', '')) || (f % 50)::text || '@'
                 || (ARRAY['gmail.com','hotmail.co.uk','outlook.com','btinternet.com','yahoo.co.uk'])[1 + f % 5] END,
       CASE WHEN f % 47 = 3 THEN 'F' WHEN f % 4 = 1 THEN 'C' ELSE 'S' END,
       CASE WHEN f % 5 IN (0, 2) THEN 'Y' ELSE 'N' END,
       join_dt,
       CASE WHEN f % 7 = 2 AND join_dt + 365 <= date '2026-11-30' THEN join_dt + 365
            WHEN f % 11 = 4 AND join_dt + 730 <= date '2026-11-30' THEN join_dt + 730 END
FROM b;

-- ---------------------------------------------------------------- kids
INSERT INTO kids (kid_id, fam_id, first_nm, dob, addl_needs)
SELECT row_number() OVER (ORDER BY m.fam_id, k), m.fam_id,
       (ARRAY['Olivia','Alfie','Isla','Noah','Maya','Theo','Freya','Arlo','Zara','Finn','Ivy','Yusuf',
              'Poppy','Oscar','Ada','Reuben','Lily','Kacper','Elsie','Rowan','Mia','Idris','Nell','Sami'])[1 + (m.fam_id * 5 + k * 13) % 24],
       m.join_dt - (45 + (m.fam_id * 37 + k * 211) % 1600),
       (m.fam_id * 3 + k) % 23 = 0
FROM members m
CROSS JOIN generate_series(1, 3) AS k
WHERE k <= CASE WHEN m.fam_id % 11 = 0 THEN 0 WHEN m.fam_id % 5 = 0 THEN 3 WHEN m.fam_id % 3 = 0 THEN 2 ELSE 1 END;

-- ---------------------------------------------------------------- memb_fees
INSERT INTO memb_fees (fee_id, fam_id, yr_start, pd_dt, amt, pay_mth)
WITH y AS (
    SELECT m.fam_id, m.tier, n, m.join_dt + 365 * n AS yr_start,
           m.join_dt + 365 * n + CASE WHEN n = 0 THEN 0 ELSE (m.fam_id * 7) % 20 END AS pd_dt
    FROM members m CROSS JOIN generate_series(0, 2) AS n
    WHERE m.join_dt + 365 * n <= date '2026-11-30'
      AND (m.lapse_dt IS NULL OR m.join_dt + 365 * n < m.lapse_dt)
)
SELECT row_number() OVER (ORDER BY pd_dt, fam_id), fam_id, yr_start, pd_dt,
       CASE tier WHEN 'F' THEN 0.00
                 WHEN 'C' THEN 5.00
                 ELSE CASE WHEN yr_start < date '2025-04-01' THEN 20.00 ELSE 24.00 END
                      + CASE WHEN (fam_id + n) % 9 = 0 THEN 10.00 ELSE 0 END END,
       CASE WHEN tier = 'F' THEN NULL
            WHEN pd_dt < date '2024-07-01' THEN CASE WHEN (fam_id + n) % 3 = 0 THEN 'B' ELSE 'C' END
            ELSE (ARRAY['C','K','K','B','K'])[1 + (fam_id * 3 + n) % 5] END
FROM y
WHERE pd_dt <= date '2026-11-30';

-- ---------------------------------------------------------------- categories
INSERT INTO categories (cat_id, cat_nm, age_from_m, age_to_m) VALUES
    (1,  'Baby & sensory',        0,  24),
    (2,  'Construction',          18, NULL),
    (3,  'Puzzles',               24, NULL),
    (4,  'Board games',           36, NULL),
    (5,  'Ride-ons & outdoor',    12, 72),
    (6,  'Pretend play',          18, 96),
    (7,  'Music',                 6,  NULL),
    (8,  'Science & STEM',        36, NULL),
    (9,  'Story sacks',           12, 84),
    (10, 'Trains & vehicles',     18, 96),
    (11, 'Dolls & small world',   24, NULL),
    (12, 'Adapted / SEN',         0,  NULL);

-- ---------------------------------------------------------------- donations
INSERT INTO donations (don_id, don_dt, donor_nm, fam_id, items_in, items_kept, collected, notes)
WITH b AS (
    SELECT d,
           date '2024-01-20' + ((d - 1) * 1040) / 190 + (d % 3) AS don_dt,
           CASE WHEN d % 3 = 0 THEN 1 + (d * 13) % 60 END AS fam_id,
           CASE WHEN d % 23 = 0 THEN 20 ELSE 1 + (d * 7) % 5 END AS items_in
    FROM generate_series(1, 190) AS d
)
SELECT d, don_dt,
       CASE WHEN fam_id IS NOT NULL OR d % 5 = 0 THEN NULL
            ELSE (ARRAY['Mrs J. Parsons','Stroud Rotary Club','Marling School PTA','Helen Cartwright','Dave Pike',
                        'Cainscross Nursery','Anna Kowalczyk','St Laurence Church','Peter & Sue Hale','Kim Osei',
                        'Rebecca Lane','Uplands Playgroup','Martin Greaves'])[1 + (d * 7) % 13] END,
       fam_id,
       items_in,
       CASE WHEN d % 9 = 0 THEN 0
            WHEN d % 23 = 0 THEN 6
            ELSE greatest(1, items_in - (d * 5) % 3) END,
       CASE WHEN items_in >= 5 AND d % 2 = 0 THEN 'Y' ELSE 'N' END,
       CASE WHEN d % 9 = 0 THEN 'nothing kept - broken / pieces missing'
            WHEN d % 23 = 0 THEN 'house clearance, big box'
            WHEN d % 17 = 0 THEN 'gift aid form taken' END
FROM b;

-- ---------------------------------------------------------------- toys
INSERT INTO toys (toy_id, toy_nm, brand, cat_id, pcs, cond, repl_val, cost_amt, don_id, acq_dt, big_yn, retired_dt)
WITH md(m, cat_id, toy_nm, brand, pcs, repl_val, big_yn) AS (
    VALUES
    (1,  1, 'Lamaze Freddie the Firefly', 'Lamaze', NULL, 12.99, 'N'),
    (2,  1, 'Sensory ball set', 'Edushape', 6, 14.50, 'N'),
    (3,  1, 'Baby gym play mat', 'Tiny Love', NULL, 44.99, 'N'),
    (4,  1, 'Light-up sensory tube', 'TickiT', NULL, 18.00, 'N'),
    (5,  1, 'Stacking cups', 'Tomy', 8, 6.50, 'N'),
    (6,  1, 'Activity cube', 'Hape', NULL, 34.99, 'N'),
    (7,  2, 'Duplo big box', 'LEGO', 65, 39.99, 'N'),
    (8,  2, 'Mega Bloks 80 piece bag', 'Mega Bloks', 80, 19.99, 'N'),
    (9,  2, 'Wooden blocks 100', 'Bigjigs', 100, 29.99, 'N'),
    (10, 2, 'Magna-Tiles 32', 'Magna-Tiles', 32, 49.99, 'N'),
    (11, 2, 'Brio Builder kit', 'Brio', 136, 44.99, 'N'),
    (12, 3, 'Farm animals jigsaw 24pc', 'Ravensburger', 24, 8.99, 'N'),
    (13, 3, 'World map floor puzzle', 'Melissa & Doug', 33, 17.99, 'N'),
    (14, 3, 'Shape sorter puzzle', 'Galt', 9, 12.00, 'N'),
    (15, 3, 'Dinosaur floor puzzle 48pc', 'Orchard Toys', 48, 12.50, 'N'),
    (16, 4, 'Shopping List', 'Orchard Toys', 37, 11.00, 'N'),
    (17, 4, 'Pop-up Pirate', 'Tomy', 26, 16.99, 'N'),
    (18, 4, 'Hungry Hippos', 'Hasbro', 24, 19.99, 'N'),
    (19, 4, 'Guess Who?', 'Hasbro', 50, 17.99, 'N'),
    (20, 4, 'Snail''s Pace Race', 'Ravensburger', 14, 14.99, 'N'),
    (21, 5, 'Balance bike', 'Frog', NULL, 120.00, 'Y'),
    (22, 5, 'Cozy Coupe', 'Little Tikes', NULL, 65.00, 'Y'),
    (23, 5, 'Wooden trike', 'Wishbone', NULL, 99.00, 'Y'),
    (24, 5, 'Sand and water table', 'Step2', NULL, 59.99, 'Y'),
    (25, 5, 'Pikler climbing triangle', 'Lily & River', NULL, 139.00, 'Y'),
    (26, 5, 'Garden skittles', 'Tidlo', 7, 15.00, 'N'),
    (27, 6, 'Wooden play kitchen', 'KidKraft', NULL, 110.00, 'Y'),
    (28, 6, 'Doctor''s kit', 'Melissa & Doug', 18, 22.00, 'N'),
    (29, 6, 'Toy cash register', 'Learning Resources', 30, 29.99, 'N'),
    (30, 6, 'Tea set', 'Le Toy Van', 15, 19.50, 'N'),
    (31, 6, 'Dressing-up box', NULL, 20, 25.00, 'N'),
    (32, 6, 'Tool bench', 'Smoby', 35, 49.99, 'Y'),
    (33, 7, 'Xylophone', 'Hape', 2, 14.99, 'N'),
    (34, 7, 'Junior drum kit', 'Mercer', 5, 45.00, 'Y'),
    (35, 7, 'Music box of shakers and bells', 'Halilit', 6, 19.99, 'N'),
    (36, 7, 'Mini keyboard', 'Casio', NULL, 39.99, 'N'),
    (37, 8, 'Bug hunting kit', 'Nature Bound', 6, 14.99, 'N'),
    (38, 8, 'Marble run 80pc', 'Galt', 80, 24.99, 'N'),
    (39, 8, 'Code-a-pillar', 'Fisher-Price', 9, 49.99, 'N'),
    (40, 8, 'Bee-Bot', 'TTS', NULL, 74.95, 'N'),
    (41, 8, 'Gears! Gears! Gears!', 'Learning Resources', 95, 29.99, 'N'),
    (42, 9, 'Story sack: The Gruffalo', NULL, 8, 30.00, 'N'),
    (43, 9, 'Story sack: The Very Hungry Caterpillar', NULL, 9, 30.00, 'N'),
    (44, 9, 'Story sack: Room on the Broom', NULL, 7, 30.00, 'N'),
    (45, 9, 'Story sack: We''re Going on a Bear Hunt', NULL, 8, 30.00, 'N'),
    (46, 10, 'Brio railway starter set', 'Brio', 33, 54.99, 'N'),
    (47, 10, 'Happyland garage', 'ELC', 12, 30.00, 'N'),
    (48, 10, 'Wooden car transporter', 'Bigjigs', 9, 24.99, 'N'),
    (49, 10, 'Fire station playset', 'Playmobil', 41, 59.99, 'N'),
    (50, 10, 'Tractor and trailer', 'Bruder', 3, 34.99, 'N'),
    (51, 11, 'Dolls house with furniture', 'Plan Toys', 25, 89.00, 'Y'),
    (52, 11, 'Baby doll with buggy', 'Zapf', 4, 39.99, 'N'),
    (53, 11, 'Sylvanian treehouse', 'Sylvanian Families', 20, 49.99, 'N'),
    (54, 11, 'Playmobil farm', 'Playmobil', 60, 69.99, 'N'),
    (55, 12, 'Switch-adapted bubble machine', 'Inclusive Technology', NULL, 85.00, 'N'),
    (56, 12, 'Weighted lap pad', 'Sensory Direct', NULL, 35.00, 'N'),
    (57, 12, 'Big button switch toy', 'Inclusive Technology', 2, 55.00, 'N'),
    (58, 12, 'Fidget sensory kit', 'Sensory Direct', 10, 20.00, 'N')
),
src AS (
    -- old stock re-catalogued in January 2024
    SELECT 'O' AS kind, g AS seq, date '2024-01-06' + (g * 21) / 300 AS acq_dt, NULL::integer AS don_id
    FROM generate_series(1, 300) AS g
    UNION ALL
    -- bought new, in batches after grant money came in
    SELECT 'B', g, (ARRAY[date '2024-04-17', date '2024-09-04', date '2024-11-20', date '2025-03-12',
                          date '2025-06-25', date '2025-10-08', date '2026-02-18', date '2026-05-13',
                          date '2026-09-16', date '2026-11-18'])[1 + (g - 1) / 13], NULL
    FROM generate_series(1, 130) AS g
    UNION ALL
    -- kept from donations, added a few days later after cleaning
    SELECT 'D', d.don_id * 100 + g, least(d.don_dt + 3 + (d.don_id % 6), date '2026-11-28'), d.don_id
    FROM donations d CROSS JOIN generate_series(1, 20) AS g
    WHERE g <= d.items_kept
),
o AS (
    SELECT row_number() OVER (ORDER BY acq_dt, kind, seq) AS toy_id, kind, seq, acq_dt, don_id
    FROM src
),
p AS (
    SELECT o.*,
           CASE WHEN (seq * 7 + length(kind)) % 41 = 7 OR (kind = 'B' AND seq % 26 = 5)
                THEN 55 + (seq % 4)
                ELSE 1 + abs(hashtext('model' || kind || seq)) % 54 END AS m,
           abs(hashtext('cond' || toy_id)) % 100 AS hc,
           abs(hashtext('ret' || toy_id)) % 100 AS hr
    FROM o
)
SELECT p.toy_id, md.toy_nm, md.brand, md.cat_id, md.pcs,
       CASE p.kind
            WHEN 'O' THEN CASE WHEN hc < 35 THEN 'G' WHEN hc < 82 THEN 'F' ELSE 'P' END
            WHEN 'B' THEN CASE WHEN p.acq_dt >= date '2026-01-01' THEN CASE WHEN hc < 75 THEN 'N' ELSE 'G' END
                               WHEN hc < 20 THEN 'N' WHEN hc < 75 THEN 'G' WHEN hc < 95 THEN 'F' ELSE 'P' END
            ELSE CASE WHEN hc < 10 THEN 'N' WHEN hc < 60 THEN 'G' WHEN hc < 90 THEN 'F' ELSE 'P' END END,
       md.repl_val,
       CASE p.kind WHEN 'O' THEN NULL WHEN 'D' THEN 0.00
                   ELSE round(md.repl_val * (0.70 + (p.seq % 4) * 0.05), 2) END,
       p.don_id, p.acq_dt, md.big_yn,
       CASE WHEN hr < 9 AND p.acq_dt + 120 + (hr * 83) % 700 <= date '2026-11-20'
            THEN p.acq_dt + 120 + (hr * 83) % 700 END
FROM p JOIN md ON md.m = p.m;

-- ---------------------------------------------------------------- toy_cat
INSERT INTO toy_cat (toy_id, cat_id)
SELECT toy_id, cat_id FROM toys
UNION
SELECT toy_id, x.extra
FROM toys t
CROSS JOIN LATERAL (VALUES
    (CASE WHEN t.cat_id = 1 AND t.toy_id % 3 = 0 THEN 12 END),
    (CASE WHEN t.cat_id = 7 AND t.toy_id % 2 = 0 THEN 1 END),
    (CASE WHEN t.cat_id = 7 AND t.toy_id % 5 = 1 THEN 12 END),
    (CASE WHEN t.cat_id = 8 AND t.toy_id % 4 = 0 THEN 3 END),
    (CASE WHEN t.cat_id = 2 AND t.toy_id % 3 = 1 THEN 8 END),
    (CASE WHEN t.cat_id = 10 AND t.toy_id % 5 = 0 THEN 2 END),
    (CASE WHEN t.cat_id = 9 THEN 3 + (t.toy_id % 2) * 3 END),
    (CASE WHEN t.cat_id = 12 THEN 1 END),
    (CASE WHEN t.cat_id = 11 AND t.toy_id % 4 = 2 THEN 6 END),
    (CASE WHEN t.cat_id = 3 AND t.toy_id % 7 = 3 THEN 12 END)
) AS x(extra)
WHERE x.extra IS NOT NULL;

-- ---------------------------------------------------------------- volunteers
INSERT INTO volunteers (vol_id, vol_nm, fam_id, ph_no, dbs_dt, first_aid, start_dt, left_dt) VALUES
    (1,  'Margaret Hollis',  NULL, '07700900101', date '2023-03-14', true,  date '2024-01-06', NULL),
    (2,  'Hannah Harper',    7,    '07700900102', date '2023-11-02', true,  date '2024-01-06', NULL),
    (3,  'Imran Ahmed',      12,   '07700900103', date '2023-09-20', false, date '2024-01-06', date '2025-07-19'),
    (4,  'Jean Whitcombe',   NULL, '07700900104', date '2022-05-11', true,  date '2024-01-06', NULL),
    (5,  'Kasia Nowak',      31,   NULL,          date '2024-02-08', false, date '2024-01-10', NULL),
    (6,  'Pete Lawson',      NULL, '07700900106', date '2023-06-30', false, date '2024-01-06', date '2024-10-26'),
    (7,  'Laura Ellis',      44,   '07700900107', date '2024-03-01', true,  date '2024-02-14', NULL),
    (8,  'Dan Marsh',        58,   '07700900108', NULL,              false, date '2024-03-09', date '2024-06-29'),
    (9,  'Siobhan O''Brien', 73,   '07700900109', date '2024-05-22', false, date '2024-04-17', NULL),
    (10, 'Ruth Ansell',      NULL, '07700900110', date '2024-05-30', true,  date '2024-05-04', NULL),
    (11, 'Tariq Rahman',     95,   '07700900111', date '2024-07-15', false, date '2024-06-12', date '2026-03-28'),
    (12, 'Bev Chamberlain',  NULL, '07700900112', date '2024-09-05', false, date '2024-09-04', NULL),
    (13, 'Olu Adeyemi',      NULL, '07700900113', date '2024-10-10', true,  date '2024-09-21', NULL),
    (14, 'Rhian Lloyd',      118,  NULL,          date '2025-01-16', false, date '2025-01-08', NULL),
    (15, 'Chris Fraser',     140,  '07700900115', date '2025-02-27', false, date '2025-02-12', date '2025-12-17'),
    (16, 'Ella Fairbrother', NULL, '07700900116', NULL,              false, date '2025-03-22', date '2025-05-03'),
    (17, 'Gwen Tanner',      NULL, '07700900117', date '2025-04-24', true,  date '2025-04-09', NULL),
    (18, 'Sam Kerr',         NULL, '07700900118', date '2025-06-12', false, date '2025-05-31', NULL),
    (19, 'Linh Nguyen',      176,  '07700900119', date '2025-09-18', false, date '2025-09-03', NULL),
    (20, 'Aoife Gallagher',  203,  '07700900120', date '2025-11-06', true,  date '2025-10-15', NULL),
    (21, 'Harry Pask',       NULL, '07700900121', date '2026-01-22', false, date '2026-01-10', NULL),
    (22, 'Becky Quinn',      241,  '07700900122', NULL,              false, date '2026-03-04', NULL),
    (23, 'Joan Pritchard',   NULL, '07700900123', date '2026-04-30', true,  date '2026-04-18', NULL),
    (24, 'Nadia Hussain',    266,  NULL,          NULL,              false, date '2026-06-06', NULL),
    (25, 'Will Stokes',      NULL, '07700900125', date '2026-08-13', false, date '2026-07-22', NULL),
    (26, 'Mo Ingram',        301,  '07700900126', NULL,              false, date '2026-09-09', NULL),
    (27, 'Priya Price',      330,  '07700900127', NULL,              false, date '2026-11-04', NULL),
    (28, 'Alan Bright',      NULL, '07700900128', date '2026-10-29', false, date '2026-11-21', NULL);

-- ---------------------------------------------------------------- sessions
INSERT INTO sessions (sess_id, sess_dt, sess_typ, venue, start_tm, end_tm, cxl_rsn, hd_cnt)
WITH d AS (
    SELECT g::date AS sess_dt,
           CASE extract(dow FROM g) WHEN 6 THEN 'S' ELSE 'W' END AS sess_typ
    FROM generate_series(date '2024-01-06', date '2026-11-28', interval '1 day') AS g
    WHERE extract(dow FROM g) IN (3, 6)
      AND NOT (extract(month FROM g) = 12 AND extract(day FROM g) >= 21)
      AND NOT (extract(month FROM g) = 1 AND extract(day FROM g) <= 4)
      AND NOT (extract(dow FROM g) = 3 AND extract(month FROM g) = 8)
    UNION ALL
    SELECT x, 'P' FROM unnest(ARRAY[date '2024-06-16', date '2024-07-21', date '2024-09-08', date '2025-05-05',
                                    date '2025-06-15', date '2025-07-20', date '2025-09-14', date '2026-06-21',
                                    date '2026-07-19']) AS x
),
n AS (
    SELECT row_number() OVER (ORDER BY sess_dt, sess_typ) AS sess_id, d.* FROM d
)
SELECT sess_id, sess_dt, sess_typ,
       CASE WHEN sess_typ = 'P' THEN
                (ARRAY['Stratford Park fun day','Stroud Farmers Market','Subscription Rooms family fair','Stroud Library'])[1 + sess_id % 4]
            ELSE 'Five Valleys Community Centre' END,
       CASE sess_typ WHEN 'S' THEN time '10:00' WHEN 'W' THEN time '15:30' ELSE time '11:00' END,
       CASE sess_typ WHEN 'S' THEN time '12:00' WHEN 'W' THEN time '17:30' ELSE time '15:00' END,
       CASE WHEN sess_dt IN (date '2024-01-17', date '2025-01-08', date '2025-02-22', date '2026-01-10') THEN 'snow / ice'
            WHEN sess_dt IN (date '2024-05-01', date '2025-11-26') THEN 'hall double-booked (polling station)'
            WHEN sess_dt IN (date '2024-10-30', date '2026-03-18') THEN 'not enough volunteers'
            WHEN sess_dt = date '2025-07-20' THEN 'event rained off'
            WHEN sess_dt = date '2026-02-07' THEN 'heating broken' END,
       CASE WHEN sess_typ = 'W' AND sess_id % 5 = 2 THEN NULL
            WHEN sess_typ = 'S' THEN 22 + abs(hashtext('hd' || sess_id)) % 30
            WHEN sess_typ = 'W' THEN 8 + abs(hashtext('hd' || sess_id)) % 16
            ELSE 40 + abs(hashtext('hd' || sess_id)) % 80 END
FROM n;
UPDATE sessions SET hd_cnt = NULL WHERE cxl_rsn IS NOT NULL;

-- ---------------------------------------------------------------- rota
INSERT INTO rota (sess_id, vol_id, role, hrs)
WITH c AS (
    SELECT s.sess_id, s.sess_dt, s.sess_typ, s.cxl_rsn, j,
           1 + abs(hashtext('rota' || s.sess_id || '-' || j)) % 28 AS vol_id
    FROM sessions s CROSS JOIN generate_series(1, 12) AS j
),
a AS (
    SELECT DISTINCT ON (c.sess_id, c.vol_id) c.*, v.start_dt
    FROM c JOIN volunteers v ON v.vol_id = c.vol_id
    WHERE v.start_dt <= c.sess_dt AND (v.left_dt IS NULL OR c.sess_dt <= v.left_dt)
    ORDER BY c.sess_id, c.vol_id, c.j
),
r AS (
    SELECT a.*, row_number() OVER (PARTITION BY sess_id ORDER BY j) AS rn FROM a
)
SELECT sess_id, vol_id,
       CASE WHEN sess_dt - start_dt < 28 AND rn > 1 THEN 'T'
            WHEN rn = 1 THEN 'K' WHEN rn = 2 THEN 'D' ELSE 'C' END,
       CASE WHEN cxl_rsn IS NOT NULL THEN 0
            WHEN abs(hashtext('noshow' || sess_id || '-' || vol_id)) % 31 = 0 THEN 0
            WHEN sess_typ = 'P' THEN 4.5
            WHEN rn = 1 THEN 2.5
            ELSE 2.0 END
FROM r
WHERE rn <= CASE sess_typ WHEN 'S' THEN 3 ELSE 2 END;

-- ---------------------------------------------------------------- loan
INSERT INTO loan (loan_id, fam_id, toy_id, sess_id, out_dt, due_dt, renewals, ret_dt, ln_st, pcs_short)
WITH s AS (
    SELECT sess_id, sess_dt, sess_typ FROM sessions WHERE cxl_rsn IS NULL
),
c AS (
    SELECT s.*, g AS n,
           (SELECT count(*) FROM members m WHERE m.join_dt <= s.sess_dt) AS kf,
           (SELECT count(*) FROM toys t WHERE t.acq_dt <= s.sess_dt) AS kt
    FROM s CROSS JOIN generate_series(1, 40) AS g
    WHERE g <= CASE s.sess_typ WHEN 'S' THEN 19 + abs(hashtext('n' || s.sess_id)) % 16
                               WHEN 'W' THEN 7 + abs(hashtext('n' || s.sess_id)) % 10
                               ELSE 3 + s.sess_id % 4 END
),
p AS (
    SELECT c.*,
           1 + floor(kf * power((abs(hashtext('fam' || sess_id || '-' || n)) % 100000) / 100000.0, 1.3))::int AS fam_id,
           1 + floor(kt * (abs(hashtext('toy' || sess_id || '-' || n)) % 100000) / 100000.0)::int AS toy_id
    FROM c
),
f AS (
    SELECT DISTINCT ON (p.sess_id, p.toy_id) p.*, t.big_yn, t.pcs
    FROM p
    JOIN members m ON m.fam_id = p.fam_id
    JOIN toys t ON t.toy_id = p.toy_id
    WHERE (m.lapse_dt IS NULL OR p.sess_dt < m.lapse_dt)
      AND m.fam_id % 13 <> 5
      AND t.toy_id % 17 <> 4
      AND (t.retired_dt IS NULL OR p.sess_dt < t.retired_dt)
    ORDER BY p.sess_id, p.toy_id, p.n
),
k AS (
    SELECT f.*,
           row_number() OVER (ORDER BY sess_dt, sess_id, n) AS loan_id,
           abs(hashtext('ret' || sess_id || '-' || n)) % 1000 AS r,
           CASE WHEN abs(hashtext('ren' || sess_id || '-' || n)) % 53 = 0 THEN 2
                WHEN abs(hashtext('ren' || sess_id || '-' || n)) % 10 = 0 THEN 1 ELSE 0 END AS renewals
    FROM f
),
d AS (
    SELECT k.*,
           sess_dt + CASE WHEN big_yn = 'Y' THEN 14 ELSE 21 END + 7 * renewals AS due_dt
    FROM k
),
e AS (
    SELECT d.*,
           CASE WHEN r < 8 THEN 'V'
                WHEN r < 20 AND sess_dt < date '2026-09-01' THEN 'L'
                ELSE 'R' END AS st0,
           CASE WHEN r < 720 THEN greatest(sess_dt + 1, due_dt - r % 12)
                WHEN r < 930 THEN due_dt + 1 + r % 20
                ELSE due_dt + 21 + r % 55 END AS ret0
    FROM d
)
SELECT loan_id, fam_id, toy_id, sess_id, sess_dt, due_dt, renewals,
       CASE WHEN st0 = 'R' AND ret0 <= date '2026-11-30' THEN ret0 END,
       CASE WHEN st0 <> 'R' THEN st0 WHEN ret0 <= date '2026-11-30' THEN 'R' ELSE 'O' END,
       CASE WHEN st0 = 'R' AND ret0 <= date '2026-11-30' AND pcs IS NOT NULL
            THEN CASE WHEN r % 23 = 4 THEN 1 + r % 3 ELSE 0 END END
FROM e;

-- ---------------------------------------------------------------- fines
INSERT INTO fines (fine_id, loan_id, fine_typ, fine_dt, days_late, amt, st, paid_dt)
WITH raw AS (
    SELECT l.loan_id, 'L' AS fine_typ, l.ret_dt AS fine_dt, (l.ret_dt - l.due_dt) AS days_late,
           least(greatest(l.ret_dt - l.due_dt - 3, 0) * 0.10, 3.00) AS amt, l.fam_id
    FROM loan l WHERE l.ln_st = 'R' AND l.ret_dt > l.due_dt
    UNION ALL
    SELECT l.loan_id, 'M', l.ret_dt, NULL, 0.50 * l.pcs_short, l.fam_id
    FROM loan l WHERE l.pcs_short > 0
    UNION ALL
    SELECT l.loan_id, 'X', l.due_dt + 42, NULL, t.repl_val, l.fam_id
    FROM loan l JOIN toys t ON t.toy_id = l.toy_id WHERE l.ln_st = 'L'
),
h AS (
    SELECT raw.*, m.tier, abs(hashtext('fine' || raw.loan_id || raw.fine_typ)) % 100 AS hh
    FROM raw JOIN members m ON m.fam_id = raw.fam_id
),
s AS (
    SELECT h.*,
           CASE WHEN amt = 0 THEN 'P'
                WHEN tier = 'F' THEN 'W'
                WHEN hh < 12 THEN 'W'
                WHEN fine_typ = 'X' AND hh < 55 THEN 'O'
                WHEN hh < 22 THEN 'O'
                WHEN fine_dt > date '2026-10-15' AND hh < 70 THEN 'O'
                WHEN fine_dt + (hh % 30) > date '2026-11-30' THEN 'O'
                ELSE 'P' END AS st
    FROM h
)
SELECT row_number() OVER (ORDER BY fine_dt, loan_id, fine_typ), loan_id, fine_typ, fine_dt, days_late, amt, st,
       CASE WHEN st = 'P' THEN CASE WHEN amt = 0 THEN fine_dt ELSE fine_dt + (hh % 30) END END
FROM s;
