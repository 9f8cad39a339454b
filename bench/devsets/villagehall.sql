-- Made-up schema: Kettlebrook St Edmund Village Hall, a small village hall in mid Suffolk run as a charity
-- by a volunteer management committee (money in GBP). Three rooms are hired out by the hour: the Main Hall
-- (everyone calls it "the big hall"), the Committee Room (known to one and all as "the Snug") and the
-- Kitchen. Regular groups (yoga, Brownies, Rainbows, the WI, short mat bowls, the toddler group, the
-- parish council ...) have standing weekly / fortnightly / monthly slots (reg_slot); every session is
-- entered as its own booking row in bkg. One-off hires (birthday parties, wedding receptions, funeral teas,
-- meetings, antiques fairs, blood donor sessions, the polling station) are entered straight into bkg.
-- Habits of the bookings secretary and the treasurer:
--   * a do that also takes the kitchen is two bkg rows (one for the hall, one for the kitchen), same hirer, same day;
--   * cancelled bookings are never deleted: they stay with bkg_st = 'X'; 'P' (pencilled in) only occurs
--     for future dates; the length of a booking is end_tm - st_tm (local clock time, never past midnight);
--   * the committee's own fundraisers (quiz nights, bingo, barn dances) are booked under hirer 1 at a rate of 0
--     and are not invoiced; Kettlebrook residents and local groups/charities pay the community rate;
--   * rates went up on 1 April 2025; each booking stores the hourly rate actually charged;
--   * regular groups are invoiced monthly in arrears on the 1st of the following month; one-off hirers get
--     one invoice per day hired when they book; nothing is invoiced for cancelled or pencilled bookings;
--   * a damage deposit is taken for one-off hires of the big hall (not from the council's polling station)
--     and paid back after the key-holder has checked the hall; repair costs from damage reports are deducted;
--   * the bar runs under the hall's premises licence on event nights (bar_sess, one row per bar night); the
--     SumUp card reader arrived on 1 June 2024, card takings are NULL before that;
--   * grnt is the treasurer's "fundraising book": grants, donations, fundraiser proceeds, 200 Club and
--     sponsorship, i.e. all income other than hire charges and the bar.
-- Key-holders open up for hirers who have no key of their own (bkg.kh_id, on a rota by weekday).
-- Data are deterministic (generate_series and modulo arithmetic, no random()); data cut-off is 2026-11-30
-- ("today"); bookings already taken for December 2026 are in. Re-runnable: tables are dropped children first.

DROP TABLE IF EXISTS grnt;
DROP TABLE IF EXISTS bar_sess;
DROP TABLE IF EXISTS dep;
DROP TABLE IF EXISTS dmg;
DROP TABLE IF EXISTS bkg;
DROP TABLE IF EXISTS inv;
DROP TABLE IF EXISTS reg_slot;
DROP TABLE IF EXISTS hirer;
DROP TABLE IF EXISTS keyh;
DROP TABLE IF EXISTS rm;

-- ---------------------------------------------------------------- rm (rooms)
CREATE TABLE rm (
    rm_cd       char(2) PRIMARY KEY,
    rm_nm       text NOT NULL,
    nick        text,
    max_cap     smallint NOT NULL,
    hr_rt       numeric(5,2) NOT NULL,
    hr_rt_comm  numeric(5,2) NOT NULL
);
COMMENT ON TABLE rm IS 'Rooms we hire out';
COMMENT ON COLUMN rm.nick IS 'what the committee calls the room';
COMMENT ON COLUMN rm.max_cap IS 'max people (fire certificate)';
COMMENT ON COLUMN rm.hr_rt IS 'standard hourly rate from 1 Apr 2025, GBP';
COMMENT ON COLUMN rm.hr_rt_comm IS 'community rate (Kettlebrook residents, local groups and charities) from 1 Apr 2025, GBP';

INSERT INTO rm (rm_cd, rm_nm, nick, max_cap, hr_rt, hr_rt_comm) VALUES
    ('MH', 'Main Hall',      'the big hall', 120, 20.00, 13.00),
    ('CR', 'Committee Room', 'the Snug',      20, 11.00,  8.00),
    ('KT', 'Kitchen',        NULL,             8,  8.00,  6.00);

-- ---------------------------------------------------------------- keyh (key-holders)
CREATE TABLE keyh (
    kh_id    smallint PRIMARY KEY,
    kh_nm    text NOT NULL,
    tel      varchar(15) NOT NULL,
    key_no   varchar(4) NOT NULL,
    alm      boolean NOT NULL,
    iss_dt   date NOT NULL,
    ret_dt   date
);
COMMENT ON TABLE keyh IS 'Volunteer key-holders who open up and lock up for hirers without their own key';
COMMENT ON COLUMN keyh.alm IS 'true = knows the alarm code';
COMMENT ON COLUMN keyh.iss_dt IS 'date the key was handed over';
COMMENT ON COLUMN keyh.ret_dt IS 'date the key was handed back; NULL = still a key-holder';

INSERT INTO keyh (kh_id, kh_nm, tel, key_no, alm, iss_dt, ret_dt) VALUES
    (1, 'Margaret Pryke',    '01449 780112', 'K01', true,  date '2012-05-01', NULL),
    (2, 'Derek Catchpole',   '07700 912334', 'K02', true,  date '2016-09-10', NULL),
    (3, 'Sue Gooderham',     '01449 780451', 'K03', true,  date '2019-01-15', NULL),
    (4, 'Rev. Alan Tuthill', '01449 781006', 'K04', true,  date '2014-03-01', date '2025-03-31'),
    (5, 'Pam Bloomfield',    '07812 440219', 'K05', true,  date '2020-06-01', NULL),
    (6, 'Trevor Last',       '07955 301877', 'K06', false, date '2022-10-01', NULL),
    (7, 'Jenny Kerridge',    '07411 662050', 'K04', true,  date '2025-04-01', NULL),
    (8, 'Colin Mayhew',      '01449 780933', 'K07', true,  date '2024-09-01', NULL),
    (9, 'Ann Cattermole',    '01449 780275', 'K08', false, date '2023-02-01', NULL);

-- ---------------------------------------------------------------- hirer (hirers)
CREATE TABLE hirer (
    hirer_id  integer PRIMARY KEY,
    hirer_nm  text NOT NULL,
    cont_nm   text,
    tel       varchar(15),
    email     text,
    h_typ     char(1) NOT NULL,
    comm_rt   boolean NOT NULL DEFAULT false,
    own_key   boolean NOT NULL DEFAULT false,
    vill      text NOT NULL,
    crt_dt    date NOT NULL
);
COMMENT ON TABLE hirer IS 'Everyone who hires (or has asked to hire) the hall';
COMMENT ON COLUMN hirer.cont_nm IS 'contact person for a group; NULL = the hirer is a private person';
COMMENT ON COLUMN hirer.email IS 'NULL = no email, phone only';
COMMENT ON COLUMN hirer.h_typ IS 'R = regular group, O = one-off private hirer, B = business or outside organisation, H = the hall committee itself';
COMMENT ON COLUMN hirer.comm_rt IS 'true = pays the community rate';
COMMENT ON COLUMN hirer.own_key IS 'true = group holds its own key, no key-holder needed';
COMMENT ON COLUMN hirer.vill IS 'village or town the hirer is from';

INSERT INTO hirer (hirer_id, hirer_nm, cont_nm, tel, email, h_typ, comm_rt, own_key, vill, crt_dt) VALUES
    (1,  'Kettlebrook Village Hall Committee', 'Margaret Pryke',  '01449 780112', 'committee@kettlebrookhall.org.uk', 'H', false, false, 'Kettlebrook',     date '2024-01-01'),
    (2,  'Kettlebrook Parish Council',         'Helen Double',    '01449 780800', 'clerk@kettlebrook-pc.gov.uk',      'R', true,  false, 'Kettlebrook',     date '2024-01-01'),
    (3,  'Kate Warne Yoga',                    'Kate Warne',      '07723 118406', 'kate@warneyoga.co.uk',             'R', false, true,  'Stowmarket',      date '2024-01-01'),
    (4,  '1st Kettlebrook Brownies',           'Lisa Finbow',     '07790 552013', 'brownowl.kettlebrook@gmail.com',   'R', true,  true,  'Kettlebrook',     date '2024-01-01'),
    (5,  'Kettlebrook Rainbows',               'Lisa Finbow',     '07790 552013', 'brownowl.kettlebrook@gmail.com',   'R', true,  true,  'Kettlebrook',     date '2024-01-01'),
    (6,  'Kettlebrook & District WI',          'Joan Sparrow',    '01449 780367', NULL,                               'R', true,  false, 'Kettlebrook',     date '2024-01-01'),
    (7,  'Kettlebrook Short Mat Bowls Club',   'Roy Ling',        '01449 781244', NULL,                               'R', true,  true,  'Kettlebrook',     date '2024-01-01'),
    (8,  'Tiny Feet Toddler Group',            'Hannah Rose',     '07532 870641', 'tinyfeet.kb@outlook.com',          'R', true,  false, 'Kettlebrook',     date '2024-01-01'),
    (9,  'Friendship Lunch Club',              'Beryl Clutten',   '01449 780598', NULL,                               'R', true,  true,  'Kettlebrook',     date '2024-01-01'),
    (10, 'Zumba Gold with Marisa',             'Marisa Costa',    '07488 203915', 'marisa.zumba@gmail.com',           'R', false, false, 'Needham Market',  date '2024-01-01'),
    (11, 'Slimming World (Debenham group)',    'Tracy Moss',      '07921 664380', 'tracy.sw@slimmingworld.co.uk',     'R', false, false, 'Debenham',        date '2024-01-20'),
    (12, 'Kettlebrook Art Group',              'Peter Rush',      '01449 781390', 'peterrush@btinternet.com',         'R', true,  false, 'Kettlebrook',     date '2024-01-01'),
    (13, 'Kettlebrook History Society',        'Dr Ian Gage',     '01449 780731', 'history@kettlebrook.info',         'R', true,  false, 'Kettlebrook',     date '2024-01-01'),
    (14, 'Pilates with Jo',                    'Jo Balls',        '07864 330127', 'jo@pilateswithjo.co.uk',           'R', false, false, 'Framlingham',     date '2025-03-10'),
    (15, 'Little Dancers Ballet',              'Svetlana Orr',    '07395 014772', 'littledancers.ipswich@gmail.com',  'R', false, false, 'Ipswich',         date '2024-01-01'),
    (16, 'Kettlebrook Flicks',                 'Graham Keeble',   '07704 929118', 'flicks@kettlebrook.info',          'R', true,  false, 'Kettlebrook',     date '2024-01-01'),
    (17, 'Kettlebrook Table Tennis Club',      'Sam Moye',        '07377 480552', 'sam.moye@yahoo.co.uk',             'R', true,  true,  'Kettlebrook',     date '2024-01-01'),
    (18, 'Craft & Natter',                     'Doreen Aldous',   '01449 780164', NULL,                               'R', true,  false, 'Kettlebrook',     date '2024-02-20'),
    (19, 'East Suffolk Council (Elections)',   'Electoral Services', '0333 016 2000', 'elections@eastsuffolk.gov.uk', 'B', false, false, 'Melton',          date '2024-02-01'),
    (20, 'NHS Blood and Transplant',           'Session Planning', '0300 123 2323', 'sessions.east@nhsbt.nhs.uk',     'B', false, false, 'Colchester',      date '2024-01-15'),
    (21, 'Suffolk Antiques & Collectors Fairs','Nigel Pipe',      '07810 447261', 'nigel@suffolkfairs.co.uk',         'B', false, false, 'Bury St Edmunds', date '2024-01-10'),
    (22, 'Kettlebrook Primary School PTA',     'Claire Hunt',     '07449 318826', 'pta@kettlebrook.suffolk.sch.uk',   'B', true,  false, 'Kettlebrook',     date '2024-01-12'),
    (23, 'Suffolk Wildlife Trust (Mid Suffolk group)', 'Rachel Fenn', '01473 890089', 'midsuffolk@suffolkwildlifetrust.org', 'B', true, false, 'Stowmarket', date '2024-01-12'),
    (24, 'Gipping Valley Fly Fishers',         'Alan Cobbold',    '07760 215903', NULL,                               'B', true,  false, 'Needham Market',  date '2024-01-12'),
    (25, 'Stowmarket Rotary Club',             'Keith Barham',    '07831 552870', 'secretary@stowrotary.org.uk',      'B', false, false, 'Stowmarket',      date '2024-01-12'),
    (26, 'Kettlebrook Gardening Club',         'Mavis Nunn',      '01449 780642', NULL,                               'B', true,  false, 'Kettlebrook',     date '2025-09-18'),
    (27, 'Suffolk Police SNT (PCSO surgery)',  'PCSO Dan Ruffles','101',          'snt.stowmarket@suffolk.police.uk', 'B', false, false, 'Stowmarket',      date '2026-02-03');

-- private one-off hirers (crt_dt is set from their first booking further down)
INSERT INTO hirer (hirer_id, hirer_nm, cont_nm, tel, email, h_typ, comm_rt, own_key, vill, crt_dt)
SELECT k + 100, fn || ' ' || ln, NULL,
       '07' || lpad(((400000000 + k::bigint * 7368211) % 1000000000)::text, 9, '0'),
       CASE WHEN k % 5 = 0 THEN NULL
            ELSE lower(fn) || '.' || lower(ln) || (k % 89)::text || '@'
                 || (ARRAY['gmail.com','btinternet.com','hotmail.co.uk','icloud.com','outlook.com'])[1 + k % 5] END,
       'O', vill = 'Kettlebrook', false, vill,
       date '2025-01-06' + (k * 5) % 600
FROM (
    SELECT k,
           (ARRAY['Sarah','James','Emma','David','Lucy','Mark','Rebecca','Paul','Hannah','Steven',
                  'Kirsty','Gary','Charlotte','Neil','Amy','Darren','Jade','Simon'])[1 + k % 18] AS fn,
           (ARRAY['Mayes','Bloomfield','Hammond','Reeve','Scarff','Goldsmith','Howlett','Chilvers','Ward','Smy',
                  'Pettit','Garrod','Brame','Rackham','Thurlow','Kemp','Button','Ling','Fisk','Aldis',
                  'Sillett','Cracknell','Mann','Gosling','Frost'])[1 + (k * 7) % 25] AS ln,
           (ARRAY['Kettlebrook','Kettlebrook','Kettlebrook','Stowmarket','Needham Market','Debenham',
                  'Mendlesham','Eye','Ipswich','Framlingham'])[1 + (k * 3) % 10] AS vill
    FROM generate_series(1, 140) AS k
) n;

-- ---------------------------------------------------------------- reg_slot (standing bookings of regular groups)
CREATE TABLE reg_slot (
    slot_id   smallint PRIMARY KEY,
    hirer_id  integer NOT NULL REFERENCES hirer (hirer_id),
    rm_cd     char(2) NOT NULL REFERENCES rm (rm_cd),
    dow       smallint NOT NULL,
    st_tm     time NOT NULL,
    end_tm    time NOT NULL,
    freq      char(1) NOT NULL,
    wk_no     smallint,
    frm_dt    date NOT NULL,
    to_dt     date
);
COMMENT ON TABLE reg_slot IS 'Standing bookings of the regular groups; each session is also a row in bkg';
COMMENT ON COLUMN reg_slot.dow IS '1 = Monday ... 7 = Sunday';
COMMENT ON COLUMN reg_slot.freq IS 'W = weekly, F = fortnightly, M = monthly (on week wk_no of the month)';
COMMENT ON COLUMN reg_slot.wk_no IS 'for monthly slots: 1 = first such weekday of the month, 2 = second, ...';
COMMENT ON COLUMN reg_slot.to_dt IS 'last session; NULL = still running';

INSERT INTO reg_slot (slot_id, hirer_id, rm_cd, dow, st_tm, end_tm, freq, wk_no, frm_dt, to_dt) VALUES
    (1,  2,  'CR', 2, '19:00', '21:30', 'M', 1,    date '2024-01-02', NULL),
    (2,  3,  'MH', 1, '09:30', '11:00', 'W', NULL, date '2024-01-08', NULL),
    (3,  3,  'MH', 4, '18:30', '20:00', 'W', NULL, date '2024-01-11', NULL),
    (4,  4,  'MH', 3, '17:30', '19:00', 'W', NULL, date '2024-01-10', NULL),
    (5,  5,  'CR', 3, '17:00', '18:00', 'W', NULL, date '2024-01-10', NULL),
    (6,  6,  'MH', 3, '19:30', '21:30', 'M', 2,    date '2024-01-10', NULL),
    (7,  7,  'MH', 2, '13:30', '16:30', 'W', NULL, date '2024-01-02', NULL),
    (8,  8,  'MH', 5, '09:30', '11:30', 'W', NULL, date '2024-01-05', NULL),
    (9,  8,  'KT', 5, '09:30', '11:30', 'W', NULL, date '2024-01-05', NULL),
    (10, 9,  'KT', 3, '10:00', '14:00', 'F', NULL, date '2024-01-10', NULL),
    (11, 9,  'MH', 3, '12:00', '14:00', 'F', NULL, date '2024-01-10', NULL),
    (12, 10, 'MH', 5, '18:00', '19:00', 'W', NULL, date '2024-01-05', NULL),
    (13, 11, 'CR', 1, '17:30', '19:30', 'W', NULL, date '2024-02-05', date '2026-06-29'),
    (14, 12, 'CR', 4, '10:00', '12:30', 'W', NULL, date '2024-01-04', NULL),
    (15, 13, 'CR', 3, '19:30', '21:30', 'M', 3,    date '2024-01-17', NULL),
    (16, 14, 'MH', 2, '19:00', '20:00', 'W', NULL, date '2025-04-01', NULL),
    (17, 15, 'MH', 6, '09:00', '10:30', 'W', NULL, date '2024-01-06', date '2025-07-19'),
    (18, 16, 'MH', 5, '19:30', '22:30', 'M', 4,    date '2024-01-26', NULL),
    (19, 17, 'MH', 1, '19:30', '21:30', 'W', NULL, date '2024-01-08', NULL),
    (20, 18, 'CR', 2, '14:00', '16:00', 'F', NULL, date '2024-03-05', NULL);

-- ---------------------------------------------------------------- inv (invoices)
CREATE TABLE inv (
    inv_no    integer PRIMARY KEY,
    hirer_id  integer NOT NULL REFERENCES hirer (hirer_id),
    inv_ref   text NOT NULL,
    inv_dt    date NOT NULL,
    due_dt    date NOT NULL,
    inv_amt   numeric(8,2) NOT NULL,
    pd_dt     date,
    pd_by     char(1),
    wo_flg    boolean NOT NULL DEFAULT false
);
COMMENT ON TABLE inv IS 'Hire invoices (regulars monthly in arrears, one-offs one per day hired)';
COMMENT ON COLUMN inv.inv_amt IS 'GBP, hire charges only (no VAT, the hall is exempt)';
COMMENT ON COLUMN inv.pd_dt IS 'date paid in full; NULL = not paid';
COMMENT ON COLUMN inv.pd_by IS 'C = cash, Q = cheque, B = bank transfer, S = SumUp card';
COMMENT ON COLUMN inv.wo_flg IS 'true = written off as a bad debt by the committee';

-- ---------------------------------------------------------------- bkg (bookings)
CREATE TABLE bkg (
    bkg_id    integer PRIMARY KEY,
    hirer_id  integer NOT NULL REFERENCES hirer (hirer_id),
    rm_cd     char(2) NOT NULL REFERENCES rm (rm_cd),
    slot_id   smallint REFERENCES reg_slot (slot_id),
    hire_dt   date NOT NULL,
    st_tm     time NOT NULL,
    end_tm    time NOT NULL,
    evt_cd    char(2) NOT NULL,
    bkg_st    char(1) NOT NULL,
    bkd_dt    date NOT NULL,
    bar_yn    boolean NOT NULL DEFAULT false,
    kh_id     smallint REFERENCES keyh (kh_id),
    hr_rt     numeric(5,2) NOT NULL,
    hire_chg  numeric(7,2) NOT NULL,
    inv_no    integer REFERENCES inv (inv_no)
);
COMMENT ON TABLE bkg IS 'Room bookings, one row per room per day; cancelled bookings are kept (bkg_st = X)';
COMMENT ON COLUMN bkg.slot_id IS 'standing booking this session belongs to; NULL = one-off booking';
COMMENT ON COLUMN bkg.evt_cd IS 'RG = regular group session, PP = private party, WR = wedding reception, FT = funeral tea / wake, MT = meeting, FR = hall fundraiser, CM = commercial or public (fair, blood session, polling station)';
COMMENT ON COLUMN bkg.bkg_st IS 'C = confirmed, P = pencilled in (provisional), X = cancelled';
COMMENT ON COLUMN bkg.bkd_dt IS 'date the booking was taken';
COMMENT ON COLUMN bkg.bar_yn IS 'true = hall bar wanted';
COMMENT ON COLUMN bkg.kh_id IS 'key-holder down to open up; NULL = hirer has own key';
COMMENT ON COLUMN bkg.hr_rt IS 'hourly rate charged, GBP (0 for the committee''s own events)';
COMMENT ON COLUMN bkg.hire_chg IS 'hire charge = hours x hr_rt, GBP';
COMMENT ON COLUMN bkg.inv_no IS 'invoice the charge went on; NULL = not invoiced (yet)';

INSERT INTO bkg (bkg_id, hirer_id, rm_cd, slot_id, hire_dt, st_tm, end_tm, evt_cd, bkg_st, bkd_dt, bar_yn, kh_id, hr_rt, hire_chg, inv_no)
WITH reg AS (
    SELECT s.hirer_id, s.rm_cd, s.slot_id, d::date AS hire_dt, s.st_tm, s.end_tm, 'RG' AS evt_cd,
           CASE WHEN d::date IN (date '2024-05-02', date '2024-07-04', date '2025-05-01') AND s.rm_cd = 'MH' THEN 'X'  -- polling station
                WHEN d::date IN (date '2026-01-07', date '2026-01-08') THEN 'X'                                         -- snow
                WHEN (s.slot_id * 31 + (d::date - date '2024-01-01')) % 37 = 0 THEN 'X'
                ELSE 'C' END AS bkg_st,
           greatest(s.frm_dt - 7, date '2024-01-02') AS bkd_dt,
           s.hirer_id = 16 AS bar_yn
    FROM reg_slot s
    CROSS JOIN LATERAL generate_series(s.frm_dt, least(coalesce(s.to_dt, date '2026-12-31'), date '2026-12-31'), interval '1 day') AS d
    WHERE extract(isodow FROM d) = s.dow
      AND (s.freq = 'W'
           OR (s.freq = 'F' AND ((d::date - s.frm_dt) / 7) % 2 = 0)
           OR (s.freq = 'M' AND (extract(day FROM d)::int - 1) / 7 + 1 = s.wk_no))
      AND NOT (extract(month FROM d) = 12 AND extract(day FROM d) >= 24)
      AND NOT (extract(month FROM d) = 1 AND extract(day FROM d) = 1)
      AND NOT (s.hirer_id IN (4, 5, 8) AND extract(month FROM d) = 8)
), w AS (
    SELECT w, date '2024-01-06' + 7 * w AS sat,
           (w % 7 <> 5 AND w % 4 <> 1 AND extract(month FROM date '2024-01-06' + 7 * w) BETWEEN 5 AND 9 AND w % 3 = 0) AS wed
    FROM generate_series(0, 155) AS w
), e0 AS (
    SELECT w, 1 AS sl, sat AS d, CASE WHEN w % 4 = 1 THEN 'FR' WHEN wed THEN 'WR' ELSE 'PP' END AS evt,
           CASE WHEN w % 4 = 1 THEN 'F' WHEN wed THEN 'W' ELSE 'E' END AS kind
    FROM w WHERE w % 7 <> 5
    UNION ALL SELECT w, 2, sat, 'PP', 'K' FROM w WHERE w % 2 = 1 AND NOT wed              -- Saturday afternoon children's party
    UNION ALL SELECT w, 3, sat + 1, 'CM', 'A' FROM w WHERE w % 9 = 4                      -- antiques fair
    UNION ALL SELECT w, 3, sat + 1, 'PP', 'S' FROM w WHERE w % 9 <> 4 AND w % 3 = 1       -- Sunday children's party
    UNION ALL SELECT w, 4, sat - 1, 'FT', 'T' FROM w WHERE w % 5 = 2                      -- funeral tea
    UNION ALL SELECT w, 5, sat - 2, 'MT', 'M' FROM w WHERE w % 2 = 0                      -- evening meeting in the Snug
    UNION ALL SELECT w, 6, sat + 2, 'CM', 'D' FROM w WHERE w % 12 = 7                     -- blood donor session
    UNION ALL SELECT 0, 7, v, 'CM', 'V' FROM unnest(ARRAY[date '2024-05-02', date '2024-07-04', date '2025-05-01']) AS v
), e1 AS (
    SELECT (row_number() OVER (ORDER BY d, sl))::int AS seq, e0.* FROM e0 WHERE d <= date '2026-12-31'
), e AS (
    SELECT e1.*,
           CASE kind WHEN 'F' THEN 1 WHEN 'A' THEN 21 WHEN 'D' THEN 20 WHEN 'V' THEN 19
                     WHEN 'M' THEN CASE seq % 5 WHEN 0 THEN 23 WHEN 1 THEN 24 WHEN 2 THEN 25 WHEN 3 THEN 22
                                                ELSE 101 + (seq * 37) % 130 END
                     ELSE 101 + (seq * 37) % 130 END AS hirer_id,
           CASE kind WHEN 'F' THEN time '19:00' WHEN 'W' THEN time '12:00' WHEN 'E' THEN time '18:30' WHEN 'K' THEN time '13:00'
                     WHEN 'A' THEN time '08:00' WHEN 'S' THEN time '14:00' WHEN 'T' THEN time '12:00' WHEN 'M' THEN time '19:00'
                     WHEN 'D' THEN time '12:30' ELSE time '06:30' END AS st_tm,
           CASE kind WHEN 'F' THEN time '23:00' WHEN 'W' THEN time '23:30' WHEN 'E' THEN time '23:30' WHEN 'K' THEN time '16:00'
                     WHEN 'A' THEN time '16:30' WHEN 'S' THEN time '17:00' WHEN 'T' THEN time '16:00' WHEN 'M' THEN time '21:00'
                     WHEN 'D' THEN time '19:00' ELSE time '22:30' END AS end_tm,
           (kind IN ('F','W') OR (kind = 'E' AND seq % 2 = 0)) AS bar_yn,
           (kind IN ('W','T') OR (kind = 'F' AND w % 8 = 1) OR (kind = 'E' AND seq % 3 <> 2) OR (kind IN ('K','S') AND seq % 4 = 0)) AS kit,
           CASE WHEN d > date '2026-11-30' THEN CASE WHEN seq % 3 = 0 THEN 'P' ELSE 'C' END
                WHEN kind <> 'V' AND seq % 11 = 4 THEN 'X'
                ELSE 'C' END AS bkg_st,
           greatest(date '2024-01-02',
                    d - CASE kind WHEN 'W' THEN 180 + (seq * 7) % 150 WHEN 'F' THEN 60 WHEN 'A' THEN 90 WHEN 'D' THEN 75
                                  WHEN 'V' THEN 40 WHEN 'T' THEN 3 + seq % 5 ELSE 14 + (seq * 13) % 90 END::int) AS bkd_dt
    FROM e1
), one AS (
    SELECT hirer_id, CASE WHEN kind = 'M' THEN 'CR' ELSE 'MH' END AS rm_cd, NULL::smallint AS slot_id, d AS hire_dt,
           st_tm, end_tm, evt AS evt_cd, bkg_st, bkd_dt, bar_yn
    FROM e WHERE bkd_dt <= date '2026-11-30'
    UNION ALL
    SELECT hirer_id, 'KT', NULL, d, st_tm, end_tm, evt, bkg_st, bkd_dt, false
    FROM e WHERE kit AND bkd_dt <= date '2026-11-30'
), a AS (
    SELECT hirer_id, rm_cd, slot_id, hire_dt, st_tm, end_tm, evt_cd, bkg_st, bkd_dt, bar_yn FROM reg
    UNION ALL
    SELECT * FROM one
), r AS (
    SELECT a.*, h.own_key,
           CASE WHEN a.hirer_id = 1 THEN 0
                ELSE CASE a.rm_cd
                     WHEN 'MH' THEN CASE WHEN h.comm_rt THEN CASE WHEN a.hire_dt < date '2025-04-01' THEN 12 ELSE 13 END
                                         ELSE CASE WHEN a.hire_dt < date '2025-04-01' THEN 18 ELSE 20 END END
                     WHEN 'CR' THEN CASE WHEN h.comm_rt THEN CASE WHEN a.hire_dt < date '2025-04-01' THEN 7 ELSE 8 END
                                         ELSE CASE WHEN a.hire_dt < date '2025-04-01' THEN 10 ELSE 11 END END
                     ELSE CASE WHEN h.comm_rt THEN 6 ELSE 8 END END
           END::numeric(5,2) AS hr_rt,
           CASE extract(isodow FROM a.hire_dt)::int
                WHEN 1 THEN 2
                WHEN 2 THEN CASE WHEN a.hire_dt < date '2025-04-01' THEN 4 ELSE 7 END
                WHEN 3 THEN 3
                WHEN 4 THEN 5
                WHEN 5 THEN 6
                WHEN 6 THEN CASE WHEN a.hire_dt >= date '2024-09-01' AND ((a.hire_dt - date '2024-01-06') / 7) % 2 = 1 THEN 8 ELSE 1 END
                ELSE CASE WHEN a.hire_dt >= date '2024-09-01' THEN 8 ELSE 1 END
           END AS rota_kh
    FROM a JOIN hirer h ON h.hirer_id = a.hirer_id
)
SELECT row_number() OVER (ORDER BY hire_dt, st_tm, rm_cd, hirer_id),
       hirer_id, rm_cd, slot_id, hire_dt, st_tm, end_tm, evt_cd, bkg_st, bkd_dt, bar_yn,
       CASE WHEN own_key THEN NULL ELSE rota_kh END,
       hr_rt,
       round(hr_rt * extract(epoch FROM end_tm - st_tm) / 3600, 2),
       NULL
FROM r;

UPDATE hirer h SET crt_dt = CASE WHEN h.h_typ = 'O' THEN f.first_bkd ELSE least(h.crt_dt, f.first_bkd) END
FROM (SELECT hirer_id, min(bkd_dt) AS first_bkd FROM bkg GROUP BY hirer_id) f
WHERE f.hirer_id = h.hirer_id;

-- invoices: regulars per calendar month (issued on the 1st of the next month), one-offs per day hired
INSERT INTO inv (inv_no, hirer_id, inv_ref, inv_dt, due_dt, inv_amt, pd_dt, pd_by, wo_flg)
WITH g AS (
    SELECT b.hirer_id, 'Regular hire ' || to_char(date_trunc('month', b.hire_dt), 'Mon YYYY') AS inv_ref,
           (date_trunc('month', b.hire_dt) + interval '1 month')::date AS inv_dt,
           (date_trunc('month', b.hire_dt) + interval '1 month')::date + 30 AS due_dt,
           sum(b.hire_chg) AS amt, true AS reg, max(b.hire_dt) AS last_dt
    FROM bkg b JOIN hirer h ON h.hirer_id = b.hirer_id
    WHERE h.h_typ = 'R' AND b.bkg_st = 'C'
    GROUP BY b.hirer_id, date_trunc('month', b.hire_dt)
    HAVING (date_trunc('month', b.hire_dt) + interval '1 month')::date <= date '2026-11-30'
    UNION ALL
    SELECT b.hirer_id, 'Hire ' || to_char(b.hire_dt, 'DD/MM/YYYY'),
           min(b.bkd_dt), greatest(min(b.bkd_dt) + 7, b.hire_dt - 14), sum(b.hire_chg), false, b.hire_dt
    FROM bkg b JOIN hirer h ON h.hirer_id = b.hirer_id
    WHERE h.h_typ IN ('O','B') AND b.bkg_st = 'C'
    GROUP BY b.hirer_id, b.hire_dt
), n AS (
    SELECT (1000 + row_number() OVER (ORDER BY inv_dt, hirer_id, inv_ref))::int AS inv_no, g.* FROM g
), p AS (
    SELECT n.*,
           CASE WHEN hirer_id = 15 AND inv_dt >= date '2025-07-01' THEN NULL
                WHEN reg AND hirer_id = 10 THEN inv_dt + 35 + inv_no % 20
                WHEN reg AND hirer_id IN (2, 6) THEN inv_dt + 12 + inv_no % 15
                WHEN reg AND inv_no % 19 = 0 THEN inv_dt + 44
                WHEN reg THEN inv_dt + 3 + (inv_no * 7) % 24
                WHEN inv_no % 29 = 0 AND last_dt < date '2026-06-01' THEN NULL
                WHEN inv_no % 13 = 6 THEN due_dt + 4 + inv_no % 9
                ELSE inv_dt + (inv_no * 3) % 12 END AS pd
    FROM n
)
SELECT inv_no, hirer_id, inv_ref, inv_dt, due_dt, amt,
       CASE WHEN pd <= date '2026-11-30' THEN pd END,
       CASE WHEN pd > date '2026-11-30' OR pd IS NULL THEN NULL
            WHEN hirer_id IN (2, 6) THEN 'Q'
            WHEN reg THEN 'B'
            ELSE (ARRAY['B','B','S','C','B','Q'])[1 + inv_no % 6] END,
       hirer_id = 15 AND inv_dt >= date '2025-07-01'
FROM p;

UPDATE bkg b SET inv_no = i.inv_no
FROM inv i
WHERE i.hirer_id = b.hirer_id AND b.bkg_st = 'C'
  AND i.inv_ref IN ('Regular hire ' || to_char(date_trunc('month', b.hire_dt), 'Mon YYYY'),
                    'Hire ' || to_char(b.hire_dt, 'DD/MM/YYYY'));

-- ---------------------------------------------------------------- dmg (damage reports)
CREATE TABLE dmg (
    dmg_id    integer PRIMARY KEY,
    bkg_id    integer NOT NULL REFERENCES bkg (bkg_id),
    rpt_dt    date NOT NULL,
    dmg_desc  text NOT NULL,
    rpr_cost  numeric(7,2),
    rpt_kh    smallint REFERENCES keyh (kh_id)
);
COMMENT ON TABLE dmg IS 'Damage found after a booking';
COMMENT ON COLUMN dmg.rpr_cost IS 'cost to put right, GBP; NULL = not costed yet';
COMMENT ON COLUMN dmg.rpt_kh IS 'key-holder who found it; NULL = owned up by the hirer';

INSERT INTO dmg (dmg_id, bkg_id, rpt_dt, dmg_desc, rpr_cost, rpt_kh)
WITH c AS (
    SELECT b.bkg_id, b.hire_dt, b.kh_id, b.hirer_id, b.bkg_id % 7 AS di
    FROM bkg b
    WHERE b.bkg_st = 'C' AND b.hire_dt <= date '2026-11-28'
      AND ((b.slot_id IS NULL AND b.rm_cd = 'MH' AND b.hirer_id <> 19 AND b.bkg_id % 9 = 4)
           OR (b.hirer_id IN (4, 7, 17) AND b.bkg_id % 61 = 5))
)
SELECT row_number() OVER (ORDER BY hire_dt, bkg_id), bkg_id, hire_dt + 1 + bkg_id % 2,
       (ARRAY['Scuffed floor by the stage','Broken stacking chair','Red wine on the stage curtains',
              'Glasses broken in the kitchen','Fire door wedged open, alarm set off','Confetti and glitter everywhere, extra clean',
              'Holes in the wall from putting up decorations'])[1 + di],
       CASE WHEN bkg_id % 5 = 0 OR hire_dt > date '2026-11-10' THEN NULL
            ELSE (ARRAY[60, 25, 180, 12, 45, 35, 90])[1 + di] + (bkg_id % 4) * 7.5 END,
       kh_id
FROM c;

-- ---------------------------------------------------------------- dep (damage deposits)
CREATE TABLE dep (
    dep_id    integer PRIMARY KEY,
    bkg_id    integer NOT NULL UNIQUE REFERENCES bkg (bkg_id),
    rcvd_dt   date NOT NULL,
    dep_amt   numeric(7,2) NOT NULL,
    ret_dt    date,
    ret_amt   numeric(7,2),
    dep_st    char(1) NOT NULL
);
COMMENT ON TABLE dep IS 'Damage deposits on one-off hires of the Main Hall';
COMMENT ON COLUMN dep.dep_amt IS 'deposit taken, GBP';
COMMENT ON COLUMN dep.ret_dt IS 'date the deposit was settled (paid back or kept); NULL = not settled';
COMMENT ON COLUMN dep.ret_amt IS 'amount paid back to the hirer, GBP';
COMMENT ON COLUMN dep.dep_st IS 'H = held by us, R = paid back in full, P = part kept for damage, K = kept in full (damage or late cancellation)';

INSERT INTO dep (dep_id, bkg_id, rcvd_dt, dep_amt, ret_dt, ret_amt, dep_st)
WITH b AS (
    SELECT b.*, least(b.bkd_dt + b.bkg_id % 6, b.hire_dt, date '2026-11-30') AS rcvd,
           CASE b.evt_cd WHEN 'WR' THEN 250 WHEN 'FT' THEN 50 WHEN 'PP' THEN CASE WHEN b.bar_yn THEN 150 ELSE 100 END ELSE 100 END AS amt,
           (SELECT sum(d.rpr_cost) FROM dmg d WHERE d.bkg_id = b.bkg_id) AS cost,
           EXISTS (SELECT 1 FROM dmg d WHERE d.bkg_id = b.bkg_id) AS has_dmg
    FROM bkg b JOIN hirer h ON h.hirer_id = b.hirer_id
    WHERE b.slot_id IS NULL AND b.rm_cd = 'MH' AND h.h_typ IN ('O','B') AND b.hirer_id <> 19
      AND b.bkg_st IN ('C','X')
), s AS (
    SELECT b.*,
           CASE WHEN bkg_st = 'X' AND bkg_id % 2 = 0 THEN 'K'
                WHEN bkg_st = 'X' THEN 'R'
                WHEN hire_dt > date '2026-11-23' THEN 'H'
                WHEN has_dmg AND cost IS NULL THEN 'H'
                WHEN has_dmg AND cost >= amt THEN 'K'
                WHEN has_dmg THEN 'P'
                WHEN bkg_id % 23 = 7 THEN 'H'
                ELSE 'R' END AS st
    FROM b
)
SELECT row_number() OVER (ORDER BY rcvd, bkg_id), bkg_id, rcvd, amt,
       CASE WHEN st = 'H' THEN NULL
            WHEN bkg_st = 'X' THEN least(rcvd + 14, date '2026-11-30')
            WHEN has_dmg THEN hire_dt + 7
            ELSE hire_dt + 3 + bkg_id % 5 END,
       CASE st WHEN 'H' THEN NULL WHEN 'K' THEN 0 WHEN 'P' THEN amt - cost ELSE amt END,
       st
FROM s;

-- ---------------------------------------------------------------- bar_sess (bar nights)
CREATE TABLE bar_sess (
    bar_id   integer PRIMARY KEY,
    bkg_id   integer NOT NULL UNIQUE REFERENCES bkg (bkg_id),
    opn_tm   time NOT NULL,
    cls_tm   time NOT NULL,
    csh_tk   numeric(7,2) NOT NULL,
    crd_tk   numeric(7,2),
    stk_cst  numeric(7,2) NOT NULL,
    vols     smallint NOT NULL
);
COMMENT ON TABLE bar_sess IS 'Bar nights (hall premises licence), one per event booking with the bar open';
COMMENT ON COLUMN bar_sess.csh_tk IS 'cash takings, GBP';
COMMENT ON COLUMN bar_sess.crd_tk IS 'card takings on the SumUp reader, GBP; NULL = before we had the reader (June 2024)';
COMMENT ON COLUMN bar_sess.stk_cst IS 'cost of the drink used, GBP';
COMMENT ON COLUMN bar_sess.vols IS 'volunteers behind the bar';

INSERT INTO bar_sess (bar_id, bkg_id, opn_tm, cls_tm, csh_tk, crd_tk, stk_cst, vols)
WITH b AS (
    SELECT b.*,
           CASE b.evt_cd WHEN 'WR' THEN 900 + (b.bkg_id * 37) % 600 WHEN 'FR' THEN 380 + (b.bkg_id * 29) % 320
                         WHEN 'PP' THEN 250 + (b.bkg_id * 23) % 350 ELSE 70 + (b.bkg_id * 11) % 90 END
             + (b.bkg_id % 100) / 100.0 AS tk,
           CASE WHEN b.hire_dt < date '2024-06-01' THEN 1.0
                ELSE 0.75 - 0.012 * ((extract(year FROM b.hire_dt) - 2024) * 12 + extract(month FROM b.hire_dt) - 6)
                     + ((b.bkg_id * 7) % 21 - 10) / 100.0 END AS cash_share
    FROM bkg b
    WHERE b.bar_yn AND b.bkg_st = 'C' AND b.hire_dt <= date '2026-11-30'
)
SELECT row_number() OVER (ORDER BY hire_dt, bkg_id), bkg_id,
       CASE WHEN evt_cd = 'WR' THEN time '14:00' ELSE st_tm + interval '30 minutes' END,
       least(end_tm - interval '30 minutes', time '23:00'),
       round(tk * cash_share, 2),
       CASE WHEN hire_dt >= date '2024-06-01' THEN tk - round(tk * cash_share, 2) END,
       round(tk * (0.38 + (bkg_id % 7) / 100.0), 2),
       CASE evt_cd WHEN 'WR' THEN 3 WHEN 'FR' THEN 2 + bkg_id % 2 WHEN 'PP' THEN 2 ELSE 1 END
FROM b;

-- ---------------------------------------------------------------- grnt (fundraising book)
CREATE TABLE grnt (
    inc_id   integer PRIMARY KEY,
    rcvd_dt  date NOT NULL,
    src_cd   char(1) NOT NULL,
    frm_nm   text NOT NULL,
    amt      numeric(9,2) NOT NULL,
    restr    boolean NOT NULL DEFAULT false,
    proj     text,
    ga_yn    boolean NOT NULL DEFAULT false,
    bkg_id   integer REFERENCES bkg (bkg_id)
);
COMMENT ON TABLE grnt IS 'Grants, donations and fundraising income (all income except hire charges and the bar)';
COMMENT ON COLUMN grnt.src_cd IS 'G = grant, D = donation, F = fundraiser proceeds (tickets, raffle), C = 200 Club, S = sponsorship';
COMMENT ON COLUMN grnt.frm_nm IS 'funder, donor or event';
COMMENT ON COLUMN grnt.restr IS 'true = restricted funds, may only be spent on proj';
COMMENT ON COLUMN grnt.ga_yn IS 'true = Gift Aid declaration received';
COMMENT ON COLUMN grnt.bkg_id IS 'the fundraiser booking the money came from';

INSERT INTO grnt (inc_id, rcvd_dt, src_cd, frm_nm, amt, restr, proj, ga_yn, bkg_id)
WITH g AS (
    SELECT * FROM (VALUES
        (date '2024-03-22', 'G', 'East Suffolk Council - Enabling Communities', 2500.00, true,  'hearing loop'),
        (date '2024-04-16', 'G', 'Kettlebrook Parish Council',                  1500.00, false, NULL),
        (date '2024-09-06', 'G', 'National Lottery Awards for All',             9850.00, true,  'kitchen refit'),
        (date '2024-11-29', 'G', 'Co-op Local Community Fund',                  1124.37, false, NULL),
        (date '2025-02-18', 'G', 'Suffolk Community Foundation',                3000.00, true,  'roof repairs'),
        (date '2025-04-15', 'G', 'Kettlebrook Parish Council',                  1500.00, false, NULL),
        (date '2025-06-10', 'G', 'Community Heartbeat Trust',                    900.00, true,  'defibrillator'),
        (date '2025-10-03', 'G', 'Tesco Stronger Starts',                        500.00, true,  'toddler group toys'),
        (date '2026-01-20', 'G', 'Suffolk County Council Locality Budget',       750.00, true,  'new tables'),
        (date '2026-04-14', 'G', 'Kettlebrook Parish Council',                  1750.00, false, NULL),
        (date '2026-05-12', 'G', 'Garfield Weston Foundation',                 12000.00, true,  'solar panels'),
        (date '2026-09-08', 'G', 'East Suffolk Council - Enabling Communities', 1800.00, false, NULL),
        (date '2024-10-12', 'S', 'Kettlebrook Garage',                           150.00, false, NULL),
        (date '2025-03-08', 'S', 'The Bell Inn',                                 200.00, false, NULL),
        (date '2025-10-11', 'S', 'Kettlebrook Garage',                           150.00, false, NULL),
        (date '2026-03-14', 'S', 'Goslings Farm Shop',                           250.00, false, NULL),
        (date '2026-10-10', 'S', 'Kettlebrook Garage',                           175.00, false, NULL)
    ) AS v(rcvd_dt, src_cd, frm_nm, amt, restr, proj)
), i AS (
    SELECT rcvd_dt, src_cd, frm_nm, amt::numeric, restr, proj::text, false AS ga_yn, NULL::integer AS bkg_id FROM g
    UNION ALL
    SELECT b.hire_dt + 2, 'F',
           (ARRAY['Quiz night','Bingo','Barn dance','Race night','Curry & quiz','Christmas fayre'])[1 + b.bkg_id % 6],
           250 + (b.bkg_id * 41) % 450 + 0.50 * (b.bkg_id % 2), false, NULL, false, b.bkg_id
    FROM bkg b
    WHERE b.evt_cd = 'FR' AND b.rm_cd = 'MH' AND b.bkg_st = 'C' AND b.hire_dt + 2 <= date '2026-11-30'
    UNION ALL
    SELECT m::date + 14, 'C', '200 Club draw', 90 + (extract(month FROM m)::int * 7) % 30 + 0.25 * (extract(month FROM m)::int % 4),
           false, NULL, false, NULL
    FROM generate_series(date '2024-01-01', date '2026-11-01', interval '1 month') AS m
    UNION ALL
    SELECT date '2024-01-09' + n * 17, 'D',
           (ARRAY['Mrs J Sparrow','Anonymous','In memory of Fred Mayes','Mr & Mrs Chilvers','Kettlebrook Bell Ringers',
                  'Anonymous','Peter Rush','Collection at funeral tea','Mr R Ling','Anonymous','Sarah Hammond'])[1 + n % 11],
           (ARRAY[10, 20, 25, 50, 100, 250, 15, 30, 40])[1 + (n * 5) % 9],
           n % 10 = 0, CASE WHEN n % 10 = 0 THEN 'defibrillator' END,
           n % 3 <> 0 AND (ARRAY['Mrs J Sparrow','Anonymous','In memory of Fred Mayes','Mr & Mrs Chilvers','Kettlebrook Bell Ringers',
                  'Anonymous','Peter Rush','Collection at funeral tea','Mr R Ling','Anonymous','Sarah Hammond'])[1 + n % 11]
                  NOT IN ('Anonymous','Kettlebrook Bell Ringers','Collection at funeral tea'),
           NULL
    FROM generate_series(1, 60) AS n
)
SELECT row_number() OVER (ORDER BY rcvd_dt, src_cd, frm_nm, amt), rcvd_dt, src_cd, frm_nm, amt, restr, proj, ga_yn, bkg_id
FROM i;
