-- Headingley & District Repair Café, Leeds - our little database.
-- We're all volunteers. The main café is on the second Saturday of every month in
-- St Aidan's church hall (10 till 1), and every other Wednesday afternoon we do a
-- pop-up at one of the libraries (Central, Headingley or Chapel Allerton).
-- People register at the door (visitors), and every broken thing they bring gets a line
-- in item: what it is (category), and what they tell us is wrong with it.
-- A fixer takes it and fills in repairs: how it ended up and how many minutes it took.
-- If we have to buy a spare part it goes in parts (who we bought it from, what it cost,
-- and whatever the visitor chipped in towards it).
-- Donations are the tin (counted at the end of each session), the card reader, and the
-- online page. Volunteers put their names down on the rota and some drop out.
-- Once a year (March) our own electrical tools get their PAT safety test.
-- Sessions that got cancelled are kept so we remember why.

DROP TABLE IF EXISTS pat_tests;
DROP TABLE IF EXISTS tools;
DROP TABLE IF EXISTS donations;
DROP TABLE IF EXISTS parts;
DROP TABLE IF EXISTS suppliers;
DROP TABLE IF EXISTS repairs;
DROP TABLE IF EXISTS rota;
DROP TABLE IF EXISTS item;
DROP TABLE IF EXISTS visitors;
DROP TABLE IF EXISTS session;
DROP TABLE IF EXISTS volunteers;
DROP TABLE IF EXISTS categories;

CREATE TABLE categories (
    cat_cd      char(3) PRIMARY KEY,
    cat_name    text NOT NULL UNIQUE,
    electrical  boolean NOT NULL,
    notes       text
);

CREATE TABLE volunteers (
    vol_id      integer PRIMARY KEY,
    full_name   text NOT NULL,
    email       text,
    phone       text,
    role_cd     char(1) NOT NULL,
    skills      text,
    joined_dt   date NOT NULL,
    left_dt     date,
    dbs_chk     boolean NOT NULL DEFAULT false,
    notes       text
);

CREATE TABLE session (
    sess_id     integer PRIMARY KEY,
    sess_dt     date NOT NULL UNIQUE,
    typ         char(1) NOT NULL,
    venue       text NOT NULL,
    start_tm    time NOT NULL,
    end_tm      time NOT NULL,
    st          char(1) NOT NULL,
    headcount   integer,
    notes       text
);

CREATE TABLE visitors (
    visitor_id  integer PRIMARY KEY,
    first_nm    text NOT NULL,
    last_nm     text NOT NULL,
    postcode    text,
    email       text,
    phone       text,
    reg_dt      date,
    newsletter  boolean NOT NULL DEFAULT false
);

CREATE TABLE item (
    item_id     integer PRIMARY KEY,
    sess_id     integer NOT NULL REFERENCES session(sess_id),
    visitor_id  integer NOT NULL REFERENCES visitors(visitor_id),
    cat_cd      char(3) NOT NULL REFERENCES categories(cat_cd),
    brand       text,
    descr       text NOT NULL,
    age_yrs     integer,
    weight_kg   numeric(6,2),
    logged_at   timestamp NOT NULL
);

CREATE TABLE rota (
    rota_id     integer PRIMARY KEY,
    sess_id     integer NOT NULL REFERENCES session(sess_id),
    vol_id      integer NOT NULL REFERENCES volunteers(vol_id),
    duty        char(1) NOT NULL,
    signed_dt   date NOT NULL,
    cxl_dt      date,
    cxl_reason  text,
    UNIQUE (sess_id, vol_id)
);

CREATE TABLE repairs (
    repair_id   integer PRIMARY KEY,
    item_id     integer NOT NULL UNIQUE REFERENCES item(item_id),
    fixer_id    integer NOT NULL REFERENCES volunteers(vol_id),
    outcome     char(1) NOT NULL,
    mins        integer,
    advice_only boolean NOT NULL DEFAULT false,
    notes       text
);

CREATE TABLE suppliers (
    supp_id     integer PRIMARY KEY,
    name        text NOT NULL UNIQUE,
    website     text,
    acct_ref    text,
    active      boolean NOT NULL DEFAULT true
);

CREATE TABLE parts (
    part_id     integer PRIMARY KEY,
    repair_id   integer NOT NULL REFERENCES repairs(repair_id),
    supp_id     integer NOT NULL REFERENCES suppliers(supp_id),
    descr       text NOT NULL,
    qty         integer NOT NULL,
    unit_price  numeric(8,2) NOT NULL,
    disc_pct    numeric(4,1) NOT NULL DEFAULT 0,
    visitor_amt numeric(8,2) NOT NULL DEFAULT 0,
    ordered_dt  date NOT NULL,
    recvd_dt    date
);

CREATE TABLE donations (
    don_id      integer PRIMARY KEY,
    sess_id     integer REFERENCES session(sess_id),
    visitor_id  integer REFERENCES visitors(visitor_id),
    don_dt      date NOT NULL,
    amt         numeric(8,2) NOT NULL,
    method      char(1) NOT NULL,
    gift_aid    boolean NOT NULL DEFAULT false,
    notes       text
);

CREATE TABLE tools (
    tool_id     integer PRIMARY KEY,
    asset_ref   text NOT NULL UNIQUE,
    descr       text NOT NULL,
    bought_dt   date,
    cost        numeric(8,2),
    needs_pat   boolean NOT NULL DEFAULT true,
    retired_dt  date
);

CREATE TABLE pat_tests (
    test_id     integer PRIMARY KEY,
    tool_id     integer NOT NULL REFERENCES tools(tool_id),
    test_dt     date NOT NULL,
    result      char(1) NOT NULL,
    tested_by   text NOT NULL,
    next_due_dt date,
    notes       text
);

COMMENT ON TABLE categories IS 'The kinds of things people bring in. Electrical ones get a safety check before they go home.';
COMMENT ON COLUMN categories.cat_cd IS 'Our 3-letter short code for the category, e.g. BIK for bikes';
COMMENT ON COLUMN categories.electrical IS 'True if it plugs in or has a battery - must be safety checked after a repair';

COMMENT ON TABLE volunteers IS 'Everyone who volunteers with us, past and present';
COMMENT ON COLUMN volunteers.role_cd IS 'What they do: F = fixer, H = host (welcome desk, teas), B = both fixes and hosts';
COMMENT ON COLUMN volunteers.left_dt IS 'Date they stopped volunteering. Empty = still with us';
COMMENT ON COLUMN volunteers.dbs_chk IS 'Has a DBS check on file (needed to help at the youth sessions)';

COMMENT ON TABLE session IS 'Every repair café session: the monthly Saturday one at the church hall and the library pop-ups';
COMMENT ON COLUMN session.sess_dt IS 'The day of the session';
COMMENT ON COLUMN session.typ IS 'Type: M = monthly Saturday café at St Aidan''s, P = weekday pop-up at a library';
COMMENT ON COLUMN session.st IS 'Status: H = held, X = cancelled (see notes for why)';
COMMENT ON COLUMN session.headcount IS 'People through the door, counted by the welcome desk. Empty = nobody counted';

COMMENT ON TABLE visitors IS 'People who have registered at the door';
COMMENT ON COLUMN visitors.reg_dt IS 'The day they first registered with us';
COMMENT ON COLUMN visitors.newsletter IS 'Ticked the box to get our email newsletter';

COMMENT ON TABLE item IS 'Every broken thing brought in, one line per item, logged at the welcome desk';
COMMENT ON COLUMN item.descr IS 'What the visitor says is wrong with it, in their words';
COMMENT ON COLUMN item.age_yrs IS 'Roughly how old the visitor thinks it is, in years. Empty = no idea';
COMMENT ON COLUMN item.weight_kg IS 'Weight in kg (for our landfill-saved figures). Empty = not weighed';
COMMENT ON COLUMN item.logged_at IS 'When it was booked in at the desk';

COMMENT ON TABLE rota IS 'Who put their name down for which session, and who dropped out';
COMMENT ON COLUMN rota.duty IS 'Job on the day: F = fixing, W = welcome desk, T = teas and cake';
COMMENT ON COLUMN rota.signed_dt IS 'When they put their name down';
COMMENT ON COLUMN rota.cxl_dt IS 'When they told us they couldn''t make it. Empty = still coming / came';

COMMENT ON TABLE repairs IS 'What the fixer did with an item. Items with no repair line: the visitor gave up waiting and left before anyone saw it';
COMMENT ON COLUMN repairs.fixer_id IS 'The volunteer who worked on it';
COMMENT ON COLUMN repairs.outcome IS 'How it ended: F = fixed, P = partly fixed, N = not fixable, O = needs a part ordered, H = visitor took it home unfinished';
COMMENT ON COLUMN repairs.mins IS 'Minutes spent on it. Empty = fixer forgot to write it down';
COMMENT ON COLUMN repairs.advice_only IS 'We only gave advice / showed them how to do it at home';

COMMENT ON TABLE suppliers IS 'Where we buy spare parts';
COMMENT ON COLUMN suppliers.acct_ref IS 'Our account number with them, if we have one';

COMMENT ON TABLE parts IS 'Spare parts bought for a repair, one line per part on the order';
COMMENT ON COLUMN parts.qty IS 'How many we bought';
COMMENT ON COLUMN parts.unit_price IS 'Price each, in pounds, before any discount';
COMMENT ON COLUMN parts.disc_pct IS 'Discount we got on the line, as a percent (charity discount, offers)';
COMMENT ON COLUMN parts.visitor_amt IS 'What the visitor paid us towards the part, in pounds (0 = they paid nothing)';
COMMENT ON COLUMN parts.ordered_dt IS 'Date we ordered it';
COMMENT ON COLUMN parts.recvd_dt IS 'Date it arrived. Empty = still waiting for it';

COMMENT ON TABLE donations IS 'Money given to the café. The tin is counted once at the end of each session';
COMMENT ON COLUMN donations.sess_id IS 'Session it was given at. Empty for online donations';
COMMENT ON COLUMN donations.visitor_id IS 'Who gave it, if we know. Empty = anonymous (always for the tin)';
COMMENT ON COLUMN donations.amt IS 'Amount in pounds';
COMMENT ON COLUMN donations.method IS 'How: T = cash in the tin, C = card reader on the desk, O = online donation page';
COMMENT ON COLUMN donations.gift_aid IS 'Donor signed a Gift Aid declaration';

COMMENT ON TABLE tools IS 'The café''s own tools and kit';
COMMENT ON COLUMN tools.asset_ref IS 'The number on the sticker on the tool';
COMMENT ON COLUMN tools.needs_pat IS 'Electrical, so it needs the yearly PAT test';
COMMENT ON COLUMN tools.retired_dt IS 'Date we stopped using it (binned, failed PAT). Empty = still in use';

COMMENT ON TABLE pat_tests IS 'Yearly PAT (portable appliance) safety tests on our own electrical tools';
COMMENT ON COLUMN pat_tests.result IS 'Result: P = passed, F = failed (taken out of use straight away), V = visual check only (battery tool, no plug test)';
COMMENT ON COLUMN pat_tests.next_due_dt IS 'When the next test is due. Empty = not needed, tool retired';

-- ---------------------------------------------------------------- data

INSERT INTO categories VALUES
 ('LMP', 'Lamps & lighting', true, NULL),
 ('KIT', 'Kitchen appliances', true, 'Toasters, kettles, blenders, coffee machines'),
 ('CLO', 'Clothes & textiles', false, 'Zips, hems, holes, bags'),
 ('AUD', 'Audio & TV', true, 'Radios, speakers, record players, TVs'),
 ('LAP', 'Laptops & computers', true, NULL),
 ('PHN', 'Phones & tablets', true, 'Screens and batteries mostly'),
 ('TLG', 'Tools & garden', true, 'Drills, hedge trimmers, mowers'),
 ('BIK', 'Bikes', false, 'Brakes, gears, punctures'),
 ('TOY', 'Toys', false, NULL),
 ('FUR', 'Furniture & woodwork', false, 'Wobbly chairs and the like');

INSERT INTO volunteers VALUES
 ( 1, 'Margaret Holroyd',  'mags.holroyd@btinternet.com', '0113 275 1102', 'F', 'sewing, textiles',                '2018-05-12', NULL,         true,  'Founder member'),
 ( 2, 'Dave Pickersgill',  'davepick@gmail.com',          '07700 900112',  'B', 'electrical, small appliances',    '2018-05-12', NULL,         true,  'Co-ordinator, holds the hall keys'),
 ( 3, 'Priya Chauhan',     'priya.c@outlook.com',         '07700 900341',  'F', 'laptops, phones',                 '2019-03-09', NULL,         true,  NULL),
 ( 4, 'Tom Brearley',      'tbrearley@hotmail.co.uk',     NULL,            'F', 'bikes',                           '2019-06-08', '2025-06-30', false, 'Moved to Sheffield'),
 ( 5, 'Aisha Rahman',      'aisha.rahman@gmail.com',      '07700 900877',  'H', NULL,                              '2019-09-14', NULL,         true,  NULL),
 ( 6, 'Gareth Lloyd',      'gareth.lloyd@gmail.com',      '07700 900563',  'F', 'electrical, audio',               '2020-02-08', NULL,         true,  NULL),
 ( 7, 'Joan Firth',        NULL,                          '0113 278 4410', 'H', NULL,                              '2018-05-12', '2024-10-31', false, 'Retired from the welcome desk, still comes for tea'),
 ( 8, 'Kwame Mensah',      'kwame.m@gmail.com',           '07700 900219',  'F', 'electronics, soldering',          '2021-09-11', NULL,         true,  NULL),
 ( 9, 'Helen Sutcliffe',   'helen.sutcliffe@yahoo.co.uk', NULL,            'F', 'sewing, knitwear',                '2021-11-13', NULL,         false, NULL),
 (10, 'Bob Ackroyd',       NULL,                          '0113 230 5566', 'F', 'woodwork, furniture, tools',      '2019-01-12', NULL,         false, 'Brings his own tools'),
 (11, 'Sian Morgan',       'sian.morgan@leeds.ac.uk',     '07700 900654',  'H', NULL,                              '2022-03-12', NULL,         true,  NULL),
 (12, 'Ravi Patel',        'ravi.patel@gmail.com',        '07700 900432',  'F', 'phones, tablets',                 '2022-05-14', '2024-03-31', true,  'Started a job on Saturdays'),
 (13, 'Ellie Wainwright',  'ellie.w@gmail.com',           '07700 900998',  'B', 'lamps, electrical',               '2022-08-13', NULL,         true,  NULL),
 (14, 'Jakub Nowak',       'jakub.nowak@wp.pl',           '07700 900765',  'F', 'bikes',                           '2023-01-14', NULL,         false, NULL),
 (15, 'Linda Barraclough', 'lindab@btinternet.com',       '0113 261 9087', 'H', NULL,                              '2023-02-11', NULL,         true,  'Does the cakes'),
 (16, 'Chris Hirst',       'chris.hirst@gmail.com',       '07700 900145',  'F', 'electrical, toasters, kettles',   '2023-04-15', NULL,         true,  NULL),
 (17, 'Fatima Begum',      'fatima.begum@gmail.com',      '07700 900372',  'F', 'sewing, zips',                    '2023-06-10', NULL,         true,  NULL),
 (18, 'Owen Roberts',      'owen.roberts@outlook.com',    NULL,            'F', 'laptops',                         '2023-09-09', '2026-04-30', false, NULL),
 (19, 'Nina Kowalski',     'nina.k@gmail.com',            '07700 900286',  'H', NULL,                              '2023-10-14', NULL,         false, NULL),
 (20, 'Stuart Greenwood',  'stu.greenwood@gmail.com',     '07700 900509',  'F', 'toys, small mechanisms',          '2024-02-10', NULL,         true,  NULL),
 (21, 'Mei Lin',           'mei.lin@gmail.com',           '07700 900613',  'F', 'electronics',                     '2024-04-13', NULL,         true,  NULL),
 (22, 'Paddy O''Neill',    'paddy.oneill@gmail.com',      '07700 900740',  'B', 'bikes, general',                  '2024-06-08', NULL,         false, NULL),
 (23, 'Grace Adeyemi',     'grace.adeyemi@gmail.com',     '07700 900858',  'H', NULL,                              '2024-07-13', NULL,         true,  NULL),
 (24, 'Ben Thackray',      'ben.thackray@gmail.com',      NULL,            'F', 'audio, radios, record players',   '2024-09-14', NULL,         false, NULL),
 (25, 'Harriet Booth',     'harriet.booth@gmail.com',     '07700 900931',  'H', NULL,                              '2024-11-09', NULL,         false, NULL),
 (26, 'Sam Whitaker',      'sam.whitaker@gmail.com',      '07700 900177',  'F', 'laptops, phones',                 '2025-01-01', NULL,         true,  'Signed up at the New Year''s Day open morning'),
 (27, 'Yusuf Ali',         'yusuf.ali@gmail.com',         '07700 900394',  'F', 'electrical',                      '2025-03-08', NULL,         true,  NULL),
 (28, 'Carol Dyson',       'carol.dyson@gmail.com',       NULL,            'H', NULL,                              '2025-05-10', '2026-02-28', false, NULL),
 (29, 'Lewis Firth',       'lewis.firth@gmail.com',       '07700 900481',  'F', 'bikes',                           '2025-07-12', NULL,         false, 'Took over bikes from Tom'),
 (30, 'Anna Schmidt',      'anna.schmidt@gmail.com',      '07700 900526',  'F', 'sewing',                          '2025-10-11', NULL,         true,  NULL),
 (31, 'Marcus Bell',       'marcus.bell@gmail.com',       '07700 900690',  'H', NULL,                              '2026-01-10', NULL,         false, NULL),
 (32, 'Zoe Clarke',        'zoe.clarke@gmail.com',        '07700 900802',  'F', 'lamps, general',                  '2026-03-14', NULL,         false, NULL),
 (33, 'Ian Hepworth',      'ian.hepworth@gmail.com',      NULL,            'F', 'electrical',                      '2026-06-13', NULL,         false, NULL),
 (34, 'Rachel Goodall',    'rachel.goodall@gmail.com',    '07700 900915',  'H', NULL,                              '2026-09-12', NULL,         false, NULL),
 (35, 'Peter Lumb',        'peter.lumb@gmail.com',        '07700 900236',  'F', 'electrical',                      '2026-11-28', NULL,         false, 'Induction booked for December'),
 (36, 'Deborah Kaye',      NULL,                          '0113 266 3021', 'H', NULL,                              '2020-01-11', '2024-01-31', false, NULL);

-- sessions: second Saturday of each month at the church hall, and a library pop-up every other Wednesday
-- (no pop-ups over Christmas)
INSERT INTO session (sess_id, sess_dt, typ, venue, start_tm, end_tm, st)
SELECT row_number() OVER (ORDER BY d), d, typ, venue,
       CASE WHEN typ = 'M' THEN time '10:00' ELSE time '14:00' END,
       CASE WHEN typ = 'M' THEN time '13:00' ELSE time '16:30' END,
       'H'
FROM (
    SELECT (date_trunc('month', m)::date + ((6 - extract(dow FROM date_trunc('month', m))::int + 7) % 7) + 7) AS d,
           'M' AS typ, 'St Aidan''s Church Hall' AS venue
    FROM generate_series(date '2024-01-01', date '2026-11-01', interval '1 month') m
    UNION ALL
    SELECT date '2024-01-17' + 14 * k, 'P',
           CASE k % 3 WHEN 0 THEN 'Central Library' WHEN 1 THEN 'Headingley Library' ELSE 'Chapel Allerton Library' END
    FROM generate_series(0, 80) k
    WHERE date '2024-01-17' + 14 * k <= date '2026-11-30'
      AND NOT (extract(month FROM date '2024-01-17' + 14 * k) = 12 AND extract(day FROM date '2024-01-17' + 14 * k) >= 18)
      AND NOT (extract(month FROM date '2024-01-17' + 14 * k) = 1 AND extract(day FROM date '2024-01-17' + 14 * k) <= 5)
) x;

UPDATE session SET st = 'X', notes = CASE
        WHEN sess_dt = date '2025-02-08' THEN 'Cancelled - snow, hall car park not gritted'
        WHEN typ = 'P' AND sess_id % 2 = 0 THEN 'Cancelled - library closed for staff training'
        WHEN typ = 'P' THEN 'Cancelled - not enough fixers'
        ELSE 'Cancelled - hall double booked' END
WHERE sess_dt IN (date '2025-02-08', date '2024-07-13')
   OR (typ = 'P' AND (sess_id * 37) % 101 < 5);

-- visitors
INSERT INTO visitors (visitor_id, first_nm, last_nm, postcode, email, phone, newsletter)
SELECT v,
       (ARRAY['Susan','John','Mohammed','Sarah','David','Emma','Peter','Fatima','James','Claire','Andrew','Amina',
              'Paul','Joanne','Imran','Rebecca','Michael','Hannah','Stephen','Lucy','Kevin','Jasmine','Richard','Katie',
              'Mark','Zainab','Graham','Olivia','Neil','Chloe','Tariq','Ruth','Simon','Beth','Ahmed','Karen',
              'Lee','Sophie','Hassan','Jean'])[1 + (v * 7) % 40],
       (ARRAY['Smith','Jones','Hussain','Taylor','Brown','Khan','Wilson','Walker','Wood','Thompson','Robinson','Wright',
              'Ahmed','Shaw','Wilkinson','Hall','Green','Lees','Akhtar','Clarke','Jackson','Turner','Hill','Ali',
              'Moore','Scott','Hudson','Dawson','Mitchell','Kaur','Holmes','Marsden','Booth','Bibi','Pearson','Riley',
              'Atkinson','Lister','Begum','Hebden','Lockwood'])[1 + (v * 13) % 41],
       CASE WHEN v % 29 = 0 THEN NULL
            ELSE 'LS' || (ARRAY['6','6','6','4','5','7','7','8','2','3','11','12','16','17','28','1'])[1 + (v * 11) % 16]
                 || ' ' || (1 + v % 9) || chr(65 + (v * 3) % 26) || chr(65 + (v * 5) % 26) END,
       CASE WHEN v % 5 = 0 THEN NULL ELSE 'visitor' || v || '@example.org' END,
       CASE WHEN v % 3 = 0 THEN NULL ELSE '07700 ' || lpad(((v * 7919) % 1000000)::text, 6, '0') END,
       (v * 17) % 10 < 4
FROM generate_series(1, 850) v;

-- items: ~24-36 at the monthly café, ~7-15 at a pop-up
INSERT INTO item (item_id, sess_id, visitor_id, cat_cd, brand, descr, age_yrs, weight_kg, logged_at)
WITH b AS (
    SELECT row_number() OVER (ORDER BY s.sess_id, j) AS i, s.sess_id, s.sess_dt, s.start_tm, j
    FROM session s
    CROSS JOIN LATERAL generate_series(1, CASE WHEN s.typ = 'M' THEN 24 + (s.sess_id * 7) % 13 ELSE 7 + (s.sess_id * 5) % 9 END) j
    WHERE s.st = 'H'
), c AS (
    SELECT b.*,
           CASE WHEN (i * 37 + 11) % 100 < 18 THEN 'KIT'
                WHEN (i * 37 + 11) % 100 < 32 THEN 'LMP'
                WHEN (i * 37 + 11) % 100 < 44 THEN 'CLO'
                WHEN (i * 37 + 11) % 100 < 54 THEN 'AUD'
                WHEN (i * 37 + 11) % 100 < 62 THEN 'LAP'
                WHEN (i * 37 + 11) % 100 < 70 THEN 'PHN'
                WHEN (i * 37 + 11) % 100 < 80 THEN 'TLG'
                WHEN (i * 37 + 11) % 100 < 87 THEN 'BIK'
                WHEN (i * 37 + 11) % 100 < 94 THEN 'TOY'
                ELSE 'FUR' END AS cat
    FROM b
)
SELECT i, sess_id,
       CASE WHEN i % 7 = 0 THEN 1 + (i * 13) % 40 ELSE 1 + (i * 131) % 850 END,
       cat,
       CASE cat
         WHEN 'KIT' THEN (ARRAY['Breville','Russell Hobbs','Morphy Richards','Kenwood','Dualit',NULL])[1 + i % 6]
         WHEN 'LMP' THEN (ARRAY['IKEA','Habitat','John Lewis',NULL,'Anglepoise'])[1 + i % 5]
         WHEN 'CLO' THEN (ARRAY[NULL,'M&S','Barbour','North Face','Next'])[1 + i % 5]
         WHEN 'AUD' THEN (ARRAY['Roberts','Sony','Bush','Pure','Technics','Panasonic'])[1 + i % 6]
         WHEN 'LAP' THEN (ARRAY['Lenovo','HP','Dell','Apple','Acer'])[1 + i % 5]
         WHEN 'PHN' THEN (ARRAY['Samsung','Apple','Motorola','Google','Amazon'])[1 + i % 5]
         WHEN 'TLG' THEN (ARRAY['Bosch','Black & Decker','Flymo','Ryobi',NULL])[1 + i % 5]
         WHEN 'BIK' THEN (ARRAY['Raleigh','Carrera','Dawes',NULL,'Trek','Brompton'])[1 + i % 6]
         WHEN 'TOY' THEN (ARRAY[NULL,'Lego','Hornby','Fisher-Price'])[1 + i % 4]
         ELSE NULL END,
       CASE cat
         WHEN 'KIT' THEN (ARRAY['Toaster won''t stay down','Kettle doesn''t switch itself off','Only toasts on one side',
                               'Blender hums but blade doesn''t turn','Coffee machine leaking underneath','Slow cooker dead, no light',
                               'Food mixer smells of burning'])[1 + (i * 3) % 7]
         WHEN 'LMP' THEN (ARRAY['Lamp flickers','Switch broken on the cord','Nothing happens when I switch it on',
                               'Wobbly, fell over and now dead','Fairy lights half of them out'])[1 + (i * 3) % 5]
         WHEN 'CLO' THEN (ARRAY['Zip broken on coat','Hole in elbow of jumper','Trousers need taking up',
                               'Strap come off bag','Seam split on jeans','Lining torn'])[1 + (i * 3) % 6]
         WHEN 'AUD' THEN (ARRAY['Radio crackles','No sound from one speaker','Record player turntable won''t spin',
                               'CD tray stuck','TV turns on then off again'])[1 + (i * 3) % 5]
         WHEN 'LAP' THEN (ARRAY['Very slow','Won''t charge','Cracked screen','Keyboard keys not working',
                               'Fan really loud','Won''t start up'])[1 + (i * 3) % 6]
         WHEN 'PHN' THEN (ARRAY['Cracked screen','Battery dies by lunchtime','Won''t charge','Dropped in water'])[1 + (i * 3) % 4]
         WHEN 'TLG' THEN (ARRAY['Drill chuck stuck','Hedge trimmer won''t start','Mower cable cut',
                               'Secateurs blunt and stiff','Sander vibrates badly'])[1 + (i * 3) % 5]
         WHEN 'BIK' THEN (ARRAY['Brakes rubbing','Gears slipping','Puncture','Chain keeps coming off','Wheel buckled'])[1 + (i * 3) % 5]
         WHEN 'TOY' THEN (ARRAY['Train set won''t run','Teddy split at the seam','Remote control car dead','Doll''s arm off'])[1 + (i * 3) % 4]
         ELSE (ARRAY['Wobbly chair','Drawer runner broken','Table leg loose','Stool needs regluing'])[1 + (i * 3) % 4] END,
       CASE WHEN i % 4 = 0 THEN NULL ELSE 1 + (i * 7) % 25 END,
       CASE WHEN i % 23 = 0 THEN NULL ELSE
         CASE cat
           WHEN 'KIT' THEN 1.10 + ((i * 7) % 25) / 10.0
           WHEN 'LMP' THEN 0.60 + ((i * 7) % 30) / 10.0
           WHEN 'CLO' THEN 0.30 + ((i * 7) % 12) / 10.0
           WHEN 'AUD' THEN 1.50 + ((i * 7) % 60) / 10.0
           WHEN 'LAP' THEN 1.40 + ((i * 7) % 15) / 10.0
           WHEN 'PHN' THEN 0.15 + ((i * 7) % 6) / 20.0
           WHEN 'TLG' THEN 1.80 + ((i * 7) % 40) / 10.0
           WHEN 'BIK' THEN 10.50 + ((i * 7) % 60) / 10.0
           WHEN 'TOY' THEN 0.20 + ((i * 7) % 20) / 10.0
           ELSE 4.00 + ((i * 7) % 80) / 10.0 END END,
       sess_dt + start_tm + ((j * 7) % 140) * interval '1 minute' + (i % 60) * interval '1 second'
FROM c;

-- registration date = first time they brought something; the few with nothing logged registered for the newsletter only
UPDATE visitors v SET reg_dt = f.first_dt
FROM (SELECT visitor_id, min(logged_at)::date AS first_dt FROM item GROUP BY visitor_id) f
WHERE f.visitor_id = v.visitor_id;
UPDATE visitors SET reg_dt = date '2024-01-13' + (visitor_id * 41) % 1000 WHERE reg_dt IS NULL AND visitor_id % 2 = 0;

UPDATE session s SET headcount = CASE WHEN s.sess_id % 17 = 0 THEN NULL ELSE x.n + s.sess_id % 6 END
FROM (SELECT sess_id, count(DISTINCT visitor_id) AS n FROM item GROUP BY sess_id) x
WHERE x.sess_id = s.sess_id;

-- rota: fixers and hosts active on the day, taken in turn
INSERT INTO rota (rota_id, sess_id, vol_id, duty, signed_dt)
WITH s AS (
    SELECT s.sess_id, s.sess_dt, s.typ,
           (SELECT array_agg(vol_id ORDER BY vol_id) FROM volunteers v
             WHERE v.role_cd IN ('F','B') AND v.joined_dt <= s.sess_dt AND (v.left_dt IS NULL OR v.left_dt >= s.sess_dt)) AS fx,
           (SELECT array_agg(vol_id ORDER BY vol_id) FROM volunteers v
             WHERE v.role_cd = 'H' AND v.joined_dt <= s.sess_dt AND (v.left_dt IS NULL OR v.left_dt >= s.sess_dt)) AS hs
    FROM session s WHERE s.st = 'H'
), r AS (
    SELECT s.sess_id, s.sess_dt, s.fx[1 + (s.sess_id * 5 + j) % cardinality(s.fx)] AS vol_id, 'F' AS duty
    FROM s CROSS JOIN LATERAL generate_series(0, CASE WHEN s.typ = 'M' THEN 7 ELSE 2 END) j
    UNION ALL
    SELECT s.sess_id, s.sess_dt, s.hs[1 + (s.sess_id * 3 + j) % cardinality(s.hs)],
           CASE WHEN j = 2 THEN 'T' ELSE 'W' END
    FROM s CROSS JOIN LATERAL generate_series(0, CASE WHEN s.typ = 'M' THEN 2 ELSE 0 END) j
)
SELECT row_number() OVER (ORDER BY sess_id, duty, vol_id), sess_id, vol_id, duty, sess_dt
FROM r;

UPDATE rota r SET signed_dt = s.sess_dt - (2 + (r.rota_id * 13) % 26)
FROM session s WHERE s.sess_id = r.sess_id;

UPDATE rota r SET cxl_dt = r.signed_dt + (r.rota_id * 3) % (s.sess_dt - r.signed_dt + 1),
                  cxl_reason = (ARRAY['Poorly','Family thing','Work','Away that weekend',NULL,'Car broken down'])[1 + r.rota_id % 6]
FROM session s
WHERE s.sess_id = r.sess_id AND (r.rota_id * 41) % 100 < 12;

-- never leave a session with nobody fixing: put the first fixer back in
UPDATE rota SET cxl_dt = NULL, cxl_reason = NULL
WHERE rota_id IN (
    SELECT min(rota_id) FROM rota r WHERE duty = 'F'
    GROUP BY sess_id HAVING count(*) FILTER (WHERE cxl_dt IS NULL) = 0);

-- repairs: ~6% of items never got seen (visitor left)
INSERT INTO repairs (repair_id, item_id, fixer_id, outcome, mins, advice_only, notes)
WITH f AS (
    SELECT sess_id, array_agg(vol_id ORDER BY vol_id) AS fx
    FROM rota WHERE duty = 'F' AND cxl_dt IS NULL GROUP BY sess_id
), x AS (
    SELECT row_number() OVER (ORDER BY i.item_id) AS rid, i.item_id, i.cat_cd,
           f.fx[1 + (i.item_id * 7) % cardinality(f.fx)] AS fixer,
           (i.item_id * 71 + 13) % 97 AS h,
           CASE i.cat_cd WHEN 'BIK' THEN 76 WHEN 'CLO' THEN 82 WHEN 'LMP' THEN 66 WHEN 'KIT' THEN 52
                         WHEN 'AUD' THEN 46 WHEN 'LAP' THEN 41 WHEN 'PHN' THEN 31 WHEN 'TLG' THEN 57
                         WHEN 'TOY' THEN 62 ELSE 71 END AS fixrate
    FROM item i JOIN f ON f.sess_id = i.sess_id
    WHERE (i.item_id * 53) % 89 >= 5
), y AS (
    SELECT x.*,
           CASE WHEN h < fixrate THEN 'F'
                ELSE (ARRAY['P','N','O','H','O','P'])[1 + (item_id * 13) % 6] END AS oc
    FROM x
)
SELECT rid, item_id, fixer, oc,
       CASE WHEN item_id % 31 = 0 THEN NULL
            WHEN oc = 'N' THEN 10 + (item_id * 17) % 30
            WHEN oc = 'H' THEN 20 + (item_id * 17) % 40
            ELSE 15 + (item_id * 17) % 75 END
       + CASE cat_cd WHEN 'BIK' THEN -8 WHEN 'LAP' THEN 15 WHEN 'AUD' THEN 10 WHEN 'FUR' THEN 12
                     WHEN 'PHN' THEN 5 WHEN 'LMP' THEN -5 WHEN 'TOY' THEN -3 ELSE 0 END,
       oc IN ('N','H') AND item_id % 3 = 0,
       CASE WHEN item_id % 9 = 0 THEN
         CASE oc WHEN 'F' THEN (ARRAY['Cleaned the contacts','New fuse','Resoldered a wire','Tightened everything up','Sewn up'])[1 + item_id % 5]
                 WHEN 'P' THEN 'Works but needs keeping an eye on'
                 WHEN 'N' THEN 'Not safe to repair, told them to recycle it at the tip'
                 WHEN 'O' THEN 'Part ordered, bring it back next time'
                 ELSE 'Ran out of time' END END
FROM y;

INSERT INTO suppliers VALUES
 (1, 'RS Components',                  'uk.rs-online.com',  'RSC-448120', true),
 (2, 'eSpares',                        'espares.co.uk',     NULL,         true),
 (3, 'CPC Farnell',                    'cpc.farnell.com',   'CPC-20931',  false),
 (4, 'Kirkstall Cycle Spares',         NULL,                NULL,         true),
 (5, 'iFixit EU',                      'ifixit.com',        'IFX-7731',   true),
 (6, 'Kirkgate Market haberdashery',   NULL,                NULL,         true),
 (7, 'Screwfix',                       'screwfix.com',      'SFX-100288', true),
 (8, 'Toolstation',                    'toolstation.com',   'TS-55120',   true);

-- parts: every "needs a part" repair, plus about 1 in 10 fixed ones (part fitted on the day); some repairs need two parts
INSERT INTO parts (part_id, repair_id, supp_id, descr, qty, unit_price, disc_pct, visitor_amt, ordered_dt, recvd_dt)
WITH b AS (
    SELECT r.repair_id, r.outcome, i.cat_cd, s.sess_dt, n
    FROM repairs r
    JOIN item i ON i.item_id = r.item_id
    JOIN session s ON s.sess_id = i.sess_id
    CROSS JOIN LATERAL generate_series(1, CASE WHEN r.repair_id % 4 = 0 THEN 2 ELSE 1 END) n
    WHERE r.outcome = 'O' OR (r.outcome = 'F' AND (r.repair_id * 19) % 100 < 10)
), c AS (
    SELECT (row_number() OVER (ORDER BY repair_id, n))::int AS p, b.*,
           CASE WHEN outcome = 'F' THEN sess_dt ELSE sess_dt + (repair_id + n) % 4 END AS odt
    FROM b
), d AS (
    SELECT c.*,
           CASE cat_cd WHEN 'BIK' THEN 4 WHEN 'CLO' THEN 6 WHEN 'PHN' THEN 5 WHEN 'LAP' THEN 5 WHEN 'KIT' THEN 2
                       WHEN 'LMP' THEN CASE WHEN odt < date '2025-07-01' THEN 3 ELSE 1 END
                       WHEN 'AUD' THEN CASE WHEN odt < date '2025-07-01' THEN 3 ELSE 1 END
                       ELSE 7 END AS sup,
           CASE WHEN p % 17 = 0 THEN 4 WHEN p % 5 = 0 THEN 2 ELSE 1 END AS q,
           CASE WHEN p IN (7, 150) THEN 0.00
                ELSE round(CASE cat_cd WHEN 'LAP' THEN 18 WHEN 'PHN' THEN 14 WHEN 'BIK' THEN 6 WHEN 'CLO' THEN 1.5
                                       WHEN 'KIT' THEN 7 ELSE 3 END + ((p * 37) % 2200) / 100.0, 2) END AS up
    FROM c
), e AS (
    SELECT d.*,
           CASE WHEN p % 23 = 0 THEN 15.0 WHEN sup = 1 THEN 10.0 WHEN sup = 7 THEN 5.0 ELSE 0 END AS dp
    FROM d
)
SELECT p, repair_id, sup,
       CASE WHEN up = 0 THEN 'Replacement sent free under warranty' ELSE
       CASE cat_cd WHEN 'BIK' THEN (ARRAY['Brake pads','Inner tube','Chain','Gear cable','Spokes'])[1 + p % 5]
                   WHEN 'CLO' THEN (ARRAY['Zip 60cm','Buttons','Thread and patches','Buckle'])[1 + p % 4]
                   WHEN 'PHN' THEN (ARRAY['Replacement screen','Battery','Charging port'])[1 + p % 3]
                   WHEN 'LAP' THEN (ARRAY['Battery','Charger','Keyboard','Cooling fan','SSD 256GB'])[1 + p % 5]
                   WHEN 'KIT' THEN (ARRAY['Thermal fuse','Kettle switch','Blender coupling','Seal kit'])[1 + p % 4]
                   WHEN 'LMP' THEN (ARRAY['Inline switch','Lamp holder','Flex 3m'])[1 + p % 3]
                   WHEN 'AUD' THEN (ARRAY['Drive belt','Capacitor kit','Stylus','Volume pot'])[1 + p % 4]
                   ELSE (ARRAY['Carbon brushes','Screws and plugs','Wood glue','Replacement cable'])[1 + p % 4] END END,
       q, up, dp,
       CASE WHEN (p * 11) % 10 < 5 THEN 0.00
            WHEN (p * 11) % 10 < 8 THEN round(q * up * (1 - dp / 100), 2)
            ELSE least(5.00, round(q * up * (1 - dp / 100), 2)) END,
       odt,
       CASE WHEN p % 41 = 0 OR odt + 2 + p % 8 > date '2026-11-30' THEN NULL ELSE odt + 2 + p % 8 END
FROM e;

-- donations: the tin once a session, card donations from visitors on the day, and online
INSERT INTO donations (don_id, sess_id, visitor_id, don_dt, amt, method, gift_aid, notes)
WITH t AS (
    SELECT s.sess_id, NULL::int AS visitor_id, s.sess_dt AS d,
           CASE WHEN s.sess_dt = date '2024-05-22' THEN 0.00
                WHEN s.typ = 'M' THEN 55 + (s.sess_id * 37) % 95 + ((s.sess_id * 7) % 100) / 100.0
                ELSE 12 + (s.sess_id * 23) % 40 + ((s.sess_id * 11) % 100) / 100.0 END AS amt,
           'T' AS method, false AS ga,
           CASE WHEN s.sess_dt = date '2024-05-22' THEN 'Tin left at the church hall, nothing collected' END AS notes,
           0 AS k
    FROM session s WHERE s.st = 'H'
    UNION ALL
    SELECT i.sess_id, i.visitor_id, i.logged_at::date,
           (ARRAY[3,5,5,10,10,15,20,2.50,5,10])[1 + (i.item_id * 3) % 10],
           'C', (i.item_id % 3) = 0, NULL, i.item_id
    FROM item i WHERE (i.item_id * 29) % 100 < 33
    UNION ALL
    SELECT NULL, CASE WHEN k % 3 = 0 THEN NULL ELSE 1 + (k * 17) % 60 END,
           CASE WHEN k = 60 THEN date '2025-01-01' ELSE date '2024-01-03' + (k * 7) % 1063 END,
           (ARRAY[10,20,25,50,15,30,100,20,10,40])[1 + (k * 7) % 10],
           'O', k % 3 <> 0 AND k % 2 = 0,
           CASE WHEN k = 60 THEN 'New Year''s Day appeal' END, k
    FROM generate_series(1, 140) k
)
SELECT row_number() OVER (ORDER BY d, method DESC, k), sess_id, visitor_id, d, amt, method, ga, notes
FROM t;

INSERT INTO tools (tool_id, asset_ref, descr, bought_dt, cost, needs_pat, retired_dt)
SELECT t, 'RC-' || lpad(t::text, 3, '0'),
       (ARRAY['Soldering station','Multimeter','Hot air gun','Bench power supply','Cordless drill','Glue gun',
              'Sewing machine','Overlocker','Steam iron','Desk lamp with magnifier','Dremel multi-tool','Extension reel',
              'PAT-style insulation tester','Jigsaw','Bench grinder','Vacuum cleaner','Bike stand','Kettle (teas)',
              'Urn (teas)','Laptop for registration','Label printer','Heat shrink gun','Sewing machine','Soldering iron',
              'Cordless screwdriver','Fan heater','Extension reel','Desk lamp with magnifier'])[t],
       CASE WHEN t <= 18 THEN date '2018-05-01' + (t * 97) % 1800 ELSE date '2023-06-01' + (t * 53) % 900 END,
       round(15 + (t * 53) % 180 + ((t * 7) % 100) / 100.0, 2),
       t NOT IN (17, 2),
       NULL
FROM generate_series(1, 28) t;
UPDATE tools SET bought_dt = NULL WHERE tool_id = 12;  -- donated, nobody knows when

-- PAT day is the March Saturday session
INSERT INTO pat_tests (test_id, tool_id, test_dt, result, tested_by, next_due_dt, notes)
WITH b AS (
    SELECT t.tool_id, d.test_dt, t.descr
    FROM tools t
    CROSS JOIN (VALUES (date '2024-03-09'), (date '2025-03-08'), (date '2026-03-14')) d(test_dt)
    WHERE t.needs_pat AND coalesce(t.bought_dt, date '2000-01-01') <= d.test_dt
)
SELECT row_number() OVER (ORDER BY test_dt, tool_id), tool_id, test_dt,
       CASE WHEN (tool_id, test_dt) IN ((6, date '2024-03-09'), (15, date '2025-03-08'), (9, date '2025-03-08'), (26, date '2026-03-14')) THEN 'F'
            WHEN descr LIKE 'Cordless%' OR descr = 'Laptop for registration' THEN 'V'
            ELSE 'P' END,
       CASE WHEN test_dt < date '2025-01-01' THEN 'Aireside Electrical Testing' ELSE 'Dave Pickersgill' END,
       test_dt + 365,
       NULL
FROM b;

UPDATE tools t SET retired_dt = p.test_dt FROM pat_tests p WHERE p.tool_id = t.tool_id AND p.result = 'F';
-- tests after a tool was retired never happened
DELETE FROM pat_tests p USING tools t WHERE p.tool_id = t.tool_id AND p.test_dt > t.retired_dt;
UPDATE pat_tests SET next_due_dt = NULL, notes = 'Failed earth test, binned' WHERE result = 'F';
UPDATE tools SET retired_dt = date '2025-09-13' WHERE tool_id = 18;  -- tea kettle died, not a PAT failure
DELETE FROM pat_tests p USING tools t WHERE p.tool_id = t.tool_id AND p.test_dt > t.retired_dt;
