-- Made-up schema: an art museum (artists, collection objects, exhibitions, which objects are shown
-- in which exhibition, loans to and from other institutions, memberships, visitor tickets, guided
-- tours). Data are deterministic (generate_series and modulo arithmetic, no random()); data
-- cut-off is 2025-11-30. Re-runnable: tables are dropped children first.

DROP TABLE IF EXISTS tour;
DROP TABLE IF EXISTS tkt;
DROP TABLE IF EXISTS mbr;
DROP TABLE IF EXISTS loan;
DROP TABLE IF EXISTS exhb_obj;
DROP TABLE IF EXISTS exhb;
DROP TABLE IF EXISTS obj;
DROP TABLE IF EXISTS artist;

-- ---------------------------------------------------------------- artist
CREATE TABLE artist (
    artist_id  integer PRIMARY KEY,
    disp_nm    text NOT NULL,
    natl       text,
    birth_yr   smallint,
    death_yr   smallint
);
COMMENT ON TABLE artist IS 'Artists and makers represented in the collection';
COMMENT ON COLUMN artist.natl IS 'nationality; NULL = not recorded';
COMMENT ON COLUMN artist.death_yr IS 'NULL = living artist';

INSERT INTO artist (artist_id, disp_nm, natl, birth_yr, death_yr)
WITH a AS (
    SELECT g,
           CASE WHEN g = 1 THEN 'Pieter van Alst'
                ELSE (ARRAY['Anna','Henri','Marta','Jacob','Camille','Luca','Ingrid','Tomas','Yuki','Edith',
                            'Rafael','Clara','Hugo','Mei','Oskar','Frida','Jules','Greta','Kenzo','Lena',
                            'Mateo','Sofia','Emil','Ada','Pablo','Nora','Felix','Irene','Victor','Alma','Teo'])[1 + g % 31]
                     || ' ' ||
                     (ARRAY['Verhoeven','Morel','Castellano','Lindqvist','Brandt','Okada','Whitfield','Duval','Rossi',
                            'Navarro','Kessler','Hale','Moreau','Ishikawa','Barros','Novak','Ferreira','Aalto','Quint',
                            'Delacroix','Sato','Holm','Ruiz','Kovac','Ward','Berger','Lang','Serra','Fontaine',
                            'Wu','Petrov','Lindgren','Marsh','Conti','Varga','Keller','Abbott'])[1 + (g * 7) % 37]
           END AS nm,
           CASE WHEN g = 1 THEN 1611 ELSE 1420 + (g * 53) % 540 END AS by
    FROM generate_series(1, 150) AS g
)
SELECT g, nm,
       CASE WHEN g = 1 THEN 'Dutch'
            WHEN g % 23 = 0 THEN NULL
            ELSE (ARRAY['Dutch','French','Italian','Spanish','German','British','American','Japanese',
                        'Chinese','Mexican','Belgian','Austrian','Russian','Swedish','Korean'])[1 + (g * 3) % 15] END,
       by,
       CASE WHEN by + 40 + (g * 11) % 50 > 2023 THEN NULL
            WHEN g = 1 THEN 1668
            ELSE by + 40 + (g * 11) % 50 END
FROM a;

-- ---------------------------------------------------------------- obj (collection objects)
CREATE TABLE obj (
    obj_id      integer PRIMARY KEY,
    accn_no     varchar(16) NOT NULL UNIQUE,
    title       text NOT NULL,
    artist_id   integer REFERENCES artist (artist_id),
    obj_cls     char(2) NOT NULL,
    medium      text,
    yr_made     smallint,
    dept_cd     char(3) NOT NULL,
    obj_acq_dt  date NOT NULL,
    acq_mthd    char(1) NOT NULL,
    acq_cost    numeric(12,2),
    insur_val   numeric(12,2) NOT NULL,
    cond_cd     char(1) NOT NULL,
    on_view     boolean NOT NULL DEFAULT false
);
COMMENT ON TABLE obj IS 'Objects in the collection register (artworks and design objects), including long-term loans to us';
COMMENT ON COLUMN obj.accn_no IS 'accession number (year of acquisition . running number; L prefix = long-term loan to us)';
COMMENT ON COLUMN obj.artist_id IS 'maker; NULL = unknown / anonymous maker';
COMMENT ON COLUMN obj.obj_cls IS 'PT = painting, DR = drawing, PR = print, PH = photograph, SC = sculpture, CE = ceramics, TX = textile, DA = furniture and other decorative art';
COMMENT ON COLUMN obj.yr_made IS 'year the work was made; NULL = undated';
COMMENT ON COLUMN obj.dept_cd IS 'curatorial department: EUR = European and American art before 1900, MOD = modern and contemporary (1900 on), PDP = prints, drawings and photographs, DEC = decorative arts and design, ASN = Asian art';
COMMENT ON COLUMN obj.obj_acq_dt IS 'date the object entered the collection (for long-term loans: date the loan began)';
COMMENT ON COLUMN obj.acq_mthd IS 'P = purchase, G = gift, B = bequest, T = transfer from another public collection, L = long-term loan to us (not owned, see loan)';
COMMENT ON COLUMN obj.acq_cost IS 'purchase price, USD; NULL unless purchased';
COMMENT ON COLUMN obj.insur_val IS 'current insurance valuation, USD';
COMMENT ON COLUMN obj.cond_cd IS 'condition: E = excellent, G = good, F = fair (stable, minor damage), P = poor (needs conservation before display or loan)';
COMMENT ON COLUMN obj.on_view IS 'currently on display in the galleries';

INSERT INTO obj (obj_id, accn_no, title, artist_id, obj_cls, medium, yr_made, dept_cd, obj_acq_dt, acq_mthd, acq_cost, insur_val, cond_cd, on_view)
WITH b AS (
    SELECT g,
           CASE WHEN g % 15 = 0 THEN NULL
                ELSE 1 + floor(150 * power((g * 0.6180339887) % 1, 1.8))::int END AS aid,
           CASE WHEN g % 40 = 11 THEN date '2008-01-01' + (g / 40) * 150
                ELSE date '1950-01-01' + g * 23 END AS acq_dt,
           CASE WHEN g % 40 = 11 THEN 'L' WHEN g % 50 = 17 THEN 'T' WHEN g % 7 = 2 THEN 'B'
                WHEN g % 3 = 0 THEN 'P' ELSE 'G' END AS mthd
    FROM generate_series(1, 1200) AS g
), c AS (
    SELECT b.*, a.birth_yr, a.death_yr, a.natl,
           CASE WHEN b.aid IS NULL THEN (ARRAY['CE','TX','DA','SC','CE','TX'])[1 + b.g % 6]
                WHEN a.birth_yr < 1850 THEN (ARRAY['PT','PT','DR','PR','DR','SC','PT','PT','PR','DR','PT','SC'])[1 + (b.g * 7) % 12]
                ELSE (ARRAY['PT','PT','DR','PR','PH','SC','CE','PT','TX','DR','PH','DA'])[1 + (b.g * 7) % 12] END AS cls,
           CASE WHEN b.aid IS NULL THEN CASE WHEN b.g % 4 = 0 THEN NULL ELSE 1100 + (b.g * 13) % 800 END
                ELSE a.birth_yr + 20 + (b.g * 7) % greatest(1, coalesce(a.death_yr, 2024) - a.birth_yr - 20) END AS yr
    FROM b LEFT JOIN artist a ON a.artist_id = b.aid
), d AS (
    SELECT c.g, c.aid, c.mthd, c.natl, c.cls, c.yr,
           -- an object enters the collection after it was made
           CASE WHEN c.yr IS NULL OR c.yr < extract(year FROM c.acq_dt) THEN c.acq_dt
                ELSE least(make_date(least(c.yr + 1 + c.g % 15, 2025), 1 + c.g % 12, 1 + c.g % 28), date '2025-10-01') END AS acq_dt,
           ((g * 7919) % 997 + 3) * 250 * CASE cls WHEN 'PT' THEN 12 WHEN 'SC' THEN 6 ELSE 1 END AS val
    FROM c
)
SELECT g,
       CASE WHEN mthd = 'L' THEN 'L' ELSE '' END || extract(year FROM acq_dt)::int || '.' || g,
       CASE cls
            WHEN 'PT' THEN (ARRAY['Portrait of a Young Woman','Portrait of a Merchant','River Landscape','Still Life with Lemons',
                                  'Harbor at Dusk','Self-Portrait','Vase of Flowers','The Letter','Winter Morning',
                                  'Composition in Red','Mountain Village','Seated Woman'])[1 + g % 12]
            WHEN 'DR' THEN (ARRAY['Study of Hands','Sketch for a Portrait','Figure Study','Landscape Sketch',
                                  'Architectural Study','Head of a Child'])[1 + g % 6]
            WHEN 'PR' THEN (ARRAY['View of the Harbor','The Bridge','Night Market','The Wave','Street Musicians','Botanical Plate'])[1 + g % 6]
            WHEN 'PH' THEN (ARRAY['Untitled','Street Corner','Migrant Family','Factory Workers','Skyline at Night','Beach, Morning'])[1 + g % 6]
            WHEN 'SC' THEN (ARRAY['Standing Figure','Bust of a Woman','Torso','Reclining Figure','Horse and Rider','Head'])[1 + g % 6]
            WHEN 'CE' THEN (ARRAY['Covered Jar','Tea Bowl','Vase','Serving Dish','Bowl','Ewer'])[1 + g % 6]
            WHEN 'TX' THEN (ARRAY['Tapestry Fragment','Quilt','Prayer Rug','Embroidered Panel','Kimono','Shawl'])[1 + g % 6]
            ELSE (ARRAY['Side Chair','Mantel Clock','Silver Teapot','Writing Desk','Candelabrum','Jewelry Box'])[1 + g % 6]
       END,
       aid,
       cls,
       CASE cls
            WHEN 'PT' THEN CASE WHEN yr < 1450 THEN 'tempera on panel' WHEN yr >= 1950 AND g % 2 = 0 THEN 'acrylic on canvas'
                                WHEN g % 5 = 0 THEN 'oil on panel' ELSE 'oil on canvas' END
            WHEN 'DR' THEN (ARRAY['graphite on paper','charcoal on paper','ink and wash on paper'])[1 + g % 3]
            WHEN 'PR' THEN (ARRAY['etching','woodblock print','lithograph','engraving'])[1 + g % 4]
            WHEN 'PH' THEN (ARRAY['gelatin silver print','chromogenic print','albumen print'])[1 + g % 3]
            WHEN 'SC' THEN (ARRAY['bronze','marble','carved wood'])[1 + g % 3]
            WHEN 'CE' THEN (ARRAY['porcelain','stoneware','earthenware'])[1 + g % 3]
            WHEN 'TX' THEN (ARRAY['silk','wool','cotton'])[1 + g % 3]
            ELSE CASE WHEN g % 11 = 0 THEN NULL ELSE (ARRAY['mahogany','silver','gilt bronze'])[1 + g % 3] END
       END,
       yr,
       CASE WHEN cls IN ('DR','PR','PH') THEN 'PDP'
            WHEN natl IN ('Japanese','Chinese','Korean') THEN 'ASN'
            WHEN aid IS NULL AND cls IN ('CE','TX','DA') AND g % 3 = 0 THEN 'ASN'
            WHEN cls IN ('CE','TX','DA') THEN 'DEC'
            WHEN yr >= 1900 THEN 'MOD'
            ELSE 'EUR' END,
       acq_dt,
       mthd,
       CASE WHEN mthd = 'P' THEN round(val * (0.25 + (g % 5) * 0.05), -2) END,
       val,
       (ARRAY['G','G','E','G','F','E','G','P','G','F','G','E'])[1 + (g * 5 + g / 12) % 12],
       false
FROM d;

-- ---------------------------------------------------------------- exhb (exhibitions)
CREATE TABLE exhb (
    exhb_id    integer PRIMARY KEY,
    exhb_ttl   text NOT NULL,
    gallery_cd varchar(4) NOT NULL,
    exhb_typ   char(1) NOT NULL,
    open_dt    date NOT NULL,
    close_dt   date,
    surcharge  numeric(5,2) NOT NULL DEFAULT 0,
    budget_usd numeric(12,2),
    curator    text
);
COMMENT ON TABLE exhb IS 'Exhibitions: permanent collection displays, our own temporary shows and touring shows hosted from other museums';
COMMENT ON COLUMN exhb.exhb_typ IS 'P = permanent collection display, T = temporary exhibition organised by us, X = touring exhibition hosted from another museum';
COMMENT ON COLUMN exhb.close_dt IS 'last day open to the public; NULL = permanent display, no end date';
COMMENT ON COLUMN exhb.surcharge IS 'extra charge on top of general admission for a timed exhibition ticket, USD; 0 = included in admission';
COMMENT ON COLUMN exhb.budget_usd IS 'approved exhibition budget, USD; NULL for permanent displays';

INSERT INTO exhb (exhb_id, exhb_ttl, gallery_cd, exhb_typ, open_dt, close_dt, surcharge, budget_usd, curator) VALUES
    (1,  'European Masters 1300-1900',            'W1',  'P', '2012-05-01', NULL,         0,  NULL,      'H. Lindgren'),
    (2,  'Modern and Contemporary Collection',    'W2',  'P', '2014-09-15', NULL,         0,  NULL,      'R. Okafor'),
    (3,  'Works on Paper: Rotating Selection',    'E1',  'P', '2016-03-01', NULL,         0,  NULL,      'S. Marsh'),
    (4,  'Decorative Arts Galleries',             'E2',  'P', '2013-10-10', NULL,         0,  NULL,      'P. Conti'),
    (5,  'Arts of Asia',                          'N1',  'P', '2017-04-22', NULL,         0,  NULL,      'K. Ishikawa'),
    (6,  'Collection Highlights',                 'LOB', 'P', '2019-01-15', NULL,         0,  NULL,      'H. Lindgren'),
    (7,  'Light and Shadow: Dutch Interiors',     'S1',  'T', '2022-02-11', '2022-06-05', 12, 420000,    'H. Lindgren'),
    (8,  'The Sculptor''s Hand',                  'S2',  'T', '2022-04-01', '2022-09-18', 0,  185000,    'R. Okafor'),
    (9,  'Impressions of the Coast',              'S1',  'X', '2022-07-08', '2022-11-27', 15, 610000,    'H. Lindgren'),
    (10, 'Paper Cities',                          'E1b', 'T', '2022-10-14', '2023-02-19', 0,  95000,     'S. Marsh'),
    (11, 'Silk Roads: Textiles from Central Asia','S2',  'X', '2022-12-02', '2023-04-30', 15, 540000,    'P. Conti'),
    (12, 'Portraits of Power',                    'S1',  'T', '2023-02-17', '2023-06-25', 12, 380000,    'H. Lindgren'),
    (13, 'Photographers of the Great Depression', 'E1b', 'T', '2023-04-07', '2023-08-13', 10, 150000,    'S. Marsh'),
    (14, 'Abstraction Now',                       'S2',  'T', '2023-06-16', '2023-10-29', 12, 275000,    'R. Okafor'),
    (15, 'Treasures of the Ottoman Court',        'S1',  'X', '2023-09-22', '2024-02-11', 20, 890000,    'P. Conti'),
    (16, 'Winter Landscapes',                     'E1b', 'T', '2023-11-17', '2024-03-10', 10, 130000,    'H. Lindgren'),
    (17, 'Clay and Fire: Modern Ceramics',        'S2',  'T', '2024-01-26', '2024-05-19', 0,  160000,    'P. Conti'),
    (18, 'Pieter van Alst and His Circle',        'S1',  'T', '2024-03-08', '2024-07-28', 15, 520000,    'H. Lindgren'),
    (19, 'Women of the Avant-Garde',              'S2',  'T', '2024-05-31', '2024-09-22', 15, 345000,    'R. Okafor'),
    (20, 'Samurai: Armor and Art',                'S3',  'X', '2024-06-14', '2024-10-27', 22, 1150000,   'K. Ishikawa'),
    (21, 'Printmaking Revolutions',               'E1b', 'T', '2024-09-06', '2025-01-12', 10, 120000,    'S. Marsh'),
    (22, 'Gardens in Art',                        'S2',  'T', '2024-10-18', '2025-02-23', 12, 290000,    'H. Lindgren'),
    (23, 'Pharaohs of the Nile',                  'S3',  'X', '2024-11-22', '2025-04-27', 25, 1480000,   'P. Conti'),
    (24, 'New Acquisitions 2020-2024',            'E1b', 'T', '2025-01-31', '2025-05-18', 0,  60000,     'S. Marsh'),
    (25, 'The Color Blue',                        'S2',  'T', '2025-03-14', '2025-07-20', 15, 330000,    'R. Okafor'),
    (26, 'Street Photography',                    'E1b', 'T', '2025-05-30', '2025-08-31', 10, 110000,    'S. Marsh'),
    (27, 'Monet to Matisse',                      'S3',  'X', '2025-06-13', '2025-10-26', 25, 1620000,   'H. Lindgren'),
    (28, 'Masks and Rituals',                     'S2',  'T', '2025-08-22', '2026-01-11', 12, 260000,    'K. Ishikawa'),
    (29, 'Hokusai and the Floating World',        'S3',  'X', '2025-11-07', '2026-03-01', 20, 980000,    'K. Ishikawa'),
    (30, 'Fabric of Our Time',                    'E1b', 'T', '2025-09-19', '2026-03-29', 0,  140000,    'P. Conti'),
    (31, 'Still Life Reconsidered',               'S2',  'T', '2026-02-06', '2026-06-14', 12, 300000,    'H. Lindgren'),
    (32, 'Architecture of Dreams',                'S1',  'T', '2026-04-17', '2026-08-30', 15, 410000,    'R. Okafor');

-- ---------------------------------------------------------------- exhb_obj (which objects are shown in which exhibition)
CREATE TABLE exhb_obj (
    exhb_id      integer NOT NULL REFERENCES exhb (exhb_id),
    obj_id       integer NOT NULL REFERENCES obj (obj_id),
    instl_dt     date,
    rmvd_dt      date,
    is_highlight boolean NOT NULL DEFAULT false,
    PRIMARY KEY (exhb_id, obj_id)
);
COMMENT ON TABLE exhb_obj IS 'Checklist of collection objects shown in each exhibition';
COMMENT ON COLUMN exhb_obj.instl_dt IS 'date the object was installed; NULL = planned for an upcoming show, not installed yet';
COMMENT ON COLUMN exhb_obj.rmvd_dt IS 'date the object was taken down; NULL = still on display';
COMMENT ON COLUMN exhb_obj.is_highlight IS 'featured in the exhibition''s marketing';

INSERT INTO exhb_obj (exhb_id, obj_id, instl_dt, rmvd_dt, is_highlight)
WITH pick AS (
    -- permanent displays: by department
    SELECT e.exhb_id, o.obj_id
    FROM exhb e JOIN obj o ON o.cond_cd <> 'P' AND (
           (e.exhb_id = 1 AND o.dept_cd = 'EUR' AND o.obj_id % 2 = 0)
        OR (e.exhb_id = 2 AND o.dept_cd = 'MOD' AND o.obj_id % 2 = 1)
        OR (e.exhb_id = 3 AND o.dept_cd = 'PDP' AND o.obj_id % 5 = 0)
        OR (e.exhb_id = 4 AND o.dept_cd = 'DEC' AND o.obj_id % 3 = 0)
        OR (e.exhb_id = 5 AND o.dept_cd = 'ASN' AND o.obj_id % 2 = 0)
        OR (e.exhb_id = 6 AND o.obj_cls = 'PT' AND o.insur_val > 2000000 AND o.obj_id % 4 = 1))
    UNION
    -- temporary and touring shows: a selection, plus the whole van Alst holding for the monographic show
    SELECT e.exhb_id, o.obj_id
    FROM exhb e JOIN obj o ON o.cond_cd <> 'P' AND o.obj_acq_dt < e.open_dt AND (
           (o.obj_id * 7 + e.exhb_id * 11) % 61 < CASE e.exhb_typ WHEN 'X' THEN 1 ELSE 1 + e.exhb_id % 3 END
        OR (e.exhb_id = 18 AND o.artist_id = 1))
    WHERE e.exhb_typ <> 'P'
)
SELECT p.exhb_id, p.obj_id,
       CASE WHEN e.exhb_typ = 'P' THEN greatest(e.open_dt, o.obj_acq_dt + 90)
            WHEN e.open_dt > date '2025-11-30' THEN NULL
            ELSE e.open_dt - (1 + p.obj_id % 10) END,
       CASE WHEN e.exhb_typ = 'P' THEN
                 CASE WHEN p.obj_id % 7 = 0
                           AND greatest(e.open_dt, o.obj_acq_dt + 90) + 500 + p.obj_id % 300 <= date '2025-11-30'
                      THEN greatest(e.open_dt, o.obj_acq_dt + 90) + 500 + p.obj_id % 300 END
            WHEN e.close_dt + p.obj_id % 6 <= date '2025-11-30' THEN e.close_dt + p.obj_id % 6
            ELSE NULL END,
       (p.obj_id + p.exhb_id) % 10 = 3
FROM pick p
JOIN exhb e ON e.exhb_id = p.exhb_id
JOIN obj o ON o.obj_id = p.obj_id;

-- ---------------------------------------------------------------- loan (to and from other institutions)
CREATE TABLE loan (
    loan_id    integer PRIMARY KEY,
    obj_id     integer NOT NULL,
    dir_cd     char(1) NOT NULL,
    inst_nm    text NOT NULL,
    inst_city  text,
    inst_ctry  text,
    start_dt   date NOT NULL,
    end_dt     date,
    loan_stat  char(2) NOT NULL,
    loan_fee   numeric(10,2) NOT NULL DEFAULT 0,
    insur_val  numeric(12,2) NOT NULL,
    cour_req   boolean NOT NULL DEFAULT false
);
COMMENT ON TABLE loan IS 'Loans of objects between us and other institutions or private lenders';
COMMENT ON COLUMN loan.obj_id IS 'object lent or borrowed (obj.obj_id)';
COMMENT ON COLUMN loan.dir_cd IS 'O = outgoing (we lend our object to them), I = incoming (they lend the object to us)';
COMMENT ON COLUMN loan.inst_nm IS 'the other party: borrowing institution for outgoing loans, lender for incoming loans';
COMMENT ON COLUMN loan.end_dt IS 'agreed return date; NULL = open-ended long-term loan';
COMMENT ON COLUMN loan.loan_stat IS 'RQ = requested, AP = approved (not yet shipped), DN = declined, OL = object currently out on loan / with the borrower, RT = returned';
COMMENT ON COLUMN loan.loan_fee IS 'loan fee, USD: paid to us on outgoing loans, paid by us on incoming loans; 0 = waived';
COMMENT ON COLUMN loan.insur_val IS 'value insured for the loan (nail to nail), USD';
COMMENT ON COLUMN loan.cour_req IS 'a museum courier must accompany the object in transit';

INSERT INTO loan (loan_id, obj_id, dir_cd, inst_nm, inst_city, inst_ctry, start_dt, end_dt, loan_stat, loan_fee, insur_val, cour_req)
WITH inst (i, nm, city, ctry) AS (VALUES
    (1,  'Northbridge Museum of Art',  'Boston',        'USA'),
    (2,  'Galerie Nationale de Lyon',  'Lyon',          'France'),
    (3,  'Kunsthalle Rheinfeld',       'Cologne',       'Germany'),
    (4,  'Pacific Art Institute',      'San Francisco', 'USA'),
    (5,  'Royal Gallery of Edinburgh', 'Edinburgh',     'UK'),
    (6,  'Museo Civico di Verona',     'Verona',        'Italy'),
    (7,  'Tokyo Metropolitan Art Hall','Tokyo',         'Japan'),
    (8,  'Lakeshore Museum',           'Chicago',       'USA'),
    (9,  'Museo de Arte del Sur',      'Seville',       'Spain'),
    (10, 'Nordic Design Museum',       'Copenhagen',    'Denmark'),
    (11, 'Maple Leaf Gallery',         'Toronto',       'Canada'),
    (12, 'Harbour Art Centre',         'Sydney',        'Australia'),
    (13, 'Private collection',         NULL,            NULL),
    (14, 'Ostrander Family Trust',     'New York',      'USA')
), outg AS (
    SELECT g,
           1 + ((g * 389) % 160) * 7 AS obj0,
           1 + floor(12 * power((g * 0.6180339887) % 1, 1.4))::int AS i,
           CASE WHEN g > 212 THEN date '2016-02-01' + g * 16 + 150 ELSE date '2016-02-01' + g * 16 END AS s,
           90 + (g * 37) % 300 AS len
    FROM generate_series(1, 220) AS g
), o2 AS (
    SELECT outg.*, o.obj_id, o.insur_val
    FROM outg JOIN obj o ON o.obj_id = CASE WHEN outg.obj0 % 40 = 11 THEN outg.obj0 + 1 ELSE outg.obj0 END
    WHERE o.obj_acq_dt < outg.s
), allx AS (
    SELECT o2.obj_id, 'O' AS dir, o2.i, o2.s,
           CASE WHEN g % 25 = 0 THEN NULL ELSE o2.s + o2.len END AS e,
           CASE WHEN g > 212 THEN CASE WHEN g % 2 = 0 THEN 'RQ' ELSE 'AP' END
                WHEN g % 19 = 0 THEN 'DN'
                WHEN g % 25 = 0 OR o2.s + o2.len >= date '2025-11-30' THEN 'OL'
                ELSE 'RT' END AS st,
           CASE WHEN g % 6 = 0 THEN 0 ELSE 500 + (g * 13) % 20 * 250 END AS fee,
           o2.insur_val AS val,
           o2.insur_val > 1000000 OR g % 5 = 0 AS cour
    FROM o2
    UNION ALL
    SELECT o.obj_id, 'I',
           CASE WHEN o.obj_id % 3 = 0 THEN 13 WHEN o.obj_id % 3 = 1 THEN 14 ELSE 1 + o.obj_id % 12 END,
           o.obj_acq_dt,
           CASE WHEN (o.obj_id / 40) % 2 = 0 THEN NULL ELSE o.obj_acq_dt + (3 + o.obj_id % 3) * 365 END,
           CASE WHEN (o.obj_id / 40) % 2 = 0 OR o.obj_acq_dt + (3 + o.obj_id % 3) * 365 >= date '2025-11-30' THEN 'OL' ELSE 'RT' END,
           CASE WHEN o.obj_id % 3 = 1 THEN 0 ELSE 1500 + (o.obj_id % 4) * 500 END,
           o.insur_val,
           false
    FROM obj o WHERE o.acq_mthd = 'L'
)
SELECT row_number() OVER (ORDER BY x.s, x.obj_id), x.obj_id, x.dir, inst.nm, inst.city, inst.ctry,
       x.s, x.e, x.st, x.fee, x.val, x.cour
FROM allx x JOIN inst ON inst.i = x.i;

-- objects on display right now: installed in an open exhibition, not taken down, not away on loan
UPDATE obj o SET on_view = true
WHERE EXISTS (SELECT 1 FROM exhb_obj b JOIN exhb e ON e.exhb_id = b.exhb_id
              WHERE b.obj_id = o.obj_id
                AND b.instl_dt <= date '2025-11-30' AND (b.rmvd_dt IS NULL OR b.rmvd_dt > date '2025-11-30')
                AND e.open_dt <= date '2025-11-30' AND (e.close_dt IS NULL OR e.close_dt >= date '2025-11-30'))
  AND NOT EXISTS (SELECT 1 FROM loan l WHERE l.obj_id = o.obj_id
                    AND ((l.dir_cd = 'O' AND l.loan_stat = 'OL') OR (l.dir_cd = 'I' AND l.loan_stat = 'RT')));

-- ---------------------------------------------------------------- mbr (memberships)
CREATE TABLE mbr (
    mbr_id      integer PRIMARY KEY,
    first_nm    text NOT NULL,
    last_nm     text NOT NULL,
    email       text,
    zip         char(5),
    tier_cd     char(3) NOT NULL,
    join_dt     date NOT NULL,
    exp_dt      date NOT NULL,
    auto_renew  boolean NOT NULL DEFAULT false,
    annual_fee  numeric(7,2) NOT NULL
);
COMMENT ON TABLE mbr IS 'Museum memberships (one row per membership, renewed yearly)';
COMMENT ON COLUMN mbr.tier_cd IS 'IND = individual, DUO = dual (two adults), FAM = family, STU = student, PAT = patron circle';
COMMENT ON COLUMN mbr.exp_dt IS 'end of the current (or last) paid membership year; a membership has lapsed once this date is past';
COMMENT ON COLUMN mbr.annual_fee IS 'annual dues, USD';
COMMENT ON COLUMN mbr.email IS 'NULL = member asked for postal mail only';

INSERT INTO mbr (mbr_id, first_nm, last_nm, email, zip, tier_cd, join_dt, exp_dt, auto_renew, annual_fee)
WITH m AS (
    SELECT g,
           (ARRAY['Susan','David','Linda','Robert','Karen','Michael','Aiko','Jorge','Fatima','Peter',
                  'Ruth','Samuel','Ingrid','Luis','Helen','Arthur','Mina','George','Beatriz','Walter'])[1 + g % 20] AS fn,
           (ARRAY['Goldberg','Reed','Tanaka','Hoffman','Castro','Ellis','Nakamura','Byrne','Osei','Lindholm',
                  'Grant','Vasquez','Coleman','Schmidt','Park','Foster','Romero'])[1 + (g * 5) % 17] AS ln,
           (ARRAY['IND','IND','DUO','FAM','IND','STU','DUO','FAM','IND','PAT'])[1 + (g * 7) % 10] AS tier,
           date '2016-01-04' + g * 4 AS jd,
           g % 3 = 0 AS ar,
           g % 7 IN (1, 4) AND g % 3 <> 0 AS lapses
    FROM generate_series(1, 900) AS g
)
SELECT g, fn, ln,
       CASE WHEN g % 30 = 4 THEN NULL ELSE lower(left(fn, 1) || ln || g || '@example.org') END,
       (ARRAY['10001','10011','10023','10128','11201','11215','07030','10583','11375','10314'])[1 + (g * 3) % 10],
       tier, jd,
       CASE WHEN lapses AND jd + (1 + g % 3) * interval '1 year' <= date '2025-11-30'
                 THEN (jd + (1 + g % 3) * interval '1 year')::date
            ELSE (jd + (date_part('year', age(date '2025-11-30', jd))::int + 1) * interval '1 year')::date END,
       ar,
       CASE tier WHEN 'IND' THEN 75 WHEN 'DUO' THEN 110 WHEN 'FAM' THEN 150 WHEN 'STU' THEN 40 ELSE 500 END
         + CASE WHEN tier <> 'STU' AND jd >= date '2023-07-01' THEN 10 ELSE 0 END
FROM m;

-- ---------------------------------------------------------------- tkt (visitor tickets)
CREATE TABLE tkt (
    tkt_id    integer PRIMARY KEY,
    sold_ts   timestamptz NOT NULL,
    visit_dt  date NOT NULL,
    tkt_typ   char(1) NOT NULL,
    chan_cd   char(1) NOT NULL,
    exhb_id   integer REFERENCES exhb (exhb_id),
    mbr_id    integer REFERENCES mbr (mbr_id),
    price     numeric(6,2) NOT NULL,
    scan_ts   timestamptz
);
COMMENT ON TABLE tkt IS 'Admission tickets, one per visitor';
COMMENT ON COLUMN tkt.tkt_typ IS 'A = adult, S = senior / student concession, C = child under 12 (general admission free), M = member (free), G = group booking (schools, tours)';
COMMENT ON COLUMN tkt.chan_cd IS 'W = website, D = front desk, K = lobby kiosk, B = group bookings office';
COMMENT ON COLUMN tkt.exhb_id IS 'special exhibition the timed ticket is for; NULL = general admission only';
COMMENT ON COLUMN tkt.mbr_id IS 'membership used for a member ticket; NULL otherwise';
COMMENT ON COLUMN tkt.price IS 'amount paid, USD (admission plus any exhibition surcharge)';
COMMENT ON COLUMN tkt.scan_ts IS 'when the ticket was scanned at the entrance; NULL = never used (no-show)';

INSERT INTO tkt (tkt_id, sold_ts, visit_dt, tkt_typ, chan_cd, exhb_id, mbr_id, price, scan_ts)
WITH b AS (
    SELECT g, date '2024-01-02' + floor(698 * ((g - 1) / 8000.0) * (1.2 - 0.2 * ((g - 1) / 8000.0)))::int AS d
    FROM generate_series(1, 8000) AS g
), w AS (
    SELECT g,
           CASE WHEN (g % 5 = 0 OR g % 10 = 2) AND d + (6 - extract(isodow FROM d)::int + 7) % 7 <= date '2025-11-30'
                     THEN d + (6 - extract(isodow FROM d)::int + 7) % 7
                WHEN g % 5 = 1 AND d + (7 - extract(isodow FROM d)::int) % 7 <= date '2025-11-30'
                     THEN d + (7 - extract(isodow FROM d)::int) % 7
                ELSE d END AS d
    FROM b
), v AS (
    SELECT g,
           CASE WHEN extract(isodow FROM d) = 1 THEN d + 1 ELSE d END AS visit,   -- closed on Mondays
           CASE WHEN g % 20 < 9 THEN 'A' WHEN g % 20 < 12 THEN 'S' WHEN g % 20 < 15 THEN 'C'
                WHEN g % 20 < 18 THEN 'M' ELSE 'G' END AS typ0,
           (g * 7) % 5 IN (0, 1) AS wants_show
    FROM w
), mm AS (
    SELECT v.*, m.mbr_id AS m_id, m.exp_dt AS m_exp, m.join_dt AS m_join
    FROM v LEFT JOIN mbr m
      ON v.typ0 = 'M'
     AND m.mbr_id = 1 + (v.g * 37) % greatest(1, least(900, (v.visit - date '2016-01-04') / 4))
), t AS (
    SELECT g, visit, wants_show,
           CASE WHEN typ0 = 'M' AND m_exp >= visit AND m_join <= visit THEN 'M'
                WHEN typ0 = 'M' THEN 'A' ELSE typ0 END AS typ,
           CASE WHEN typ0 = 'M' AND m_exp >= visit AND m_join <= visit THEN m_id END AS mbr_id
    FROM mm
), sp AS (
    SELECT t.g, e.exhb_id, e.surcharge,
           row_number() OVER (PARTITION BY t.g ORDER BY (e.exhb_id IN (20, 23, 27)) DESC, e.exhb_id) AS rn,
           count(*) OVER (PARTITION BY t.g) AS cnt
    FROM t JOIN exhb e ON t.wants_show AND e.surcharge > 0 AND t.visit BETWEEN e.open_dt AND e.close_dt
), sp1 AS (
    SELECT g, exhb_id, surcharge FROM sp
    WHERE rn = CASE WHEN g % 3 = 0 THEN 1 ELSE 1 + (g / 7) % cnt END
), x AS (
    SELECT t.*, sp1.exhb_id, coalesce(sp1.surcharge, 0) AS sur,
           CASE WHEN t.typ = 'G' THEN 'B' ELSE (ARRAY['W','W','D','W','K','D','W'])[1 + (t.g * 3) % 7] END AS chan,
           t.visit >= date '2025-01-01' AS y25
    FROM t LEFT JOIN sp1 ON sp1.g = t.g
)
SELECT g,
       CASE WHEN chan = 'W' THEN (visit - 1 - g % 15)::timestamp + interval '8 hours' + ((g * 37) % 840) * interval '1 minute'
            WHEN chan = 'B' THEN (visit - 30 - g % 20)::timestamp + interval '9 hours' + ((g * 37) % 480) * interval '1 minute'
            ELSE visit::timestamp + interval '10 hours' + (g % 300) * interval '1 minute' END AT TIME ZONE 'UTC',
       visit, typ, chan, exhb_id, mbr_id,
       CASE typ WHEN 'A' THEN CASE WHEN y25 THEN 28 ELSE 25 END + sur
                WHEN 'S' THEN CASE WHEN y25 THEN 20 ELSE 18 END + sur
                WHEN 'G' THEN CASE WHEN y25 THEN 22 ELSE 20 END + sur
                WHEN 'C' THEN sur / 2
                ELSE 0 END,
       CASE WHEN chan = 'W' AND g % 9 = 4 THEN NULL
            WHEN chan = 'B' AND g % 13 = 0 THEN NULL
            WHEN chan = 'K' AND g % 50 = 7 THEN NULL
            WHEN chan = 'W' AND typ = 'M' AND g % 6 = 1 THEN NULL
            WHEN chan = 'D' OR chan = 'K' THEN (visit::timestamp + interval '10 hours' + (g % 300) * interval '1 minute' + interval '2 minutes') AT TIME ZONE 'UTC'
            ELSE (visit::timestamp + interval '10 hours' + ((g * 11) % 420) * interval '1 minute') AT TIME ZONE 'UTC' END
FROM x;

-- ---------------------------------------------------------------- tour (guided tours)
CREATE TABLE tour (
    tour_id     integer PRIMARY KEY,
    tour_ts     timestamptz NOT NULL,
    exhb_id     integer,
    guide_nm    text NOT NULL,
    lang_cd     varchar(3) NOT NULL,
    is_private  boolean NOT NULL DEFAULT false,
    cap         smallint NOT NULL,
    booked      smallint NOT NULL,
    attended    smallint,
    fee         numeric(7,2) NOT NULL DEFAULT 0
);
COMMENT ON TABLE tour IS 'Docent-led guided tours';
COMMENT ON COLUMN tour.exhb_id IS 'exhibition the tour covers (exhb.exhb_id); NULL = general highlights tour of the collection';
COMMENT ON COLUMN tour.lang_cd IS 'EN = English, ES = Spanish, FR = French, DE = German, ZH = Mandarin, ASL = American Sign Language';
COMMENT ON COLUMN tour.is_private IS 'private tour booked by a group (paid); false = public tour, free with admission';
COMMENT ON COLUMN tour.cap IS 'maximum group size';
COMMENT ON COLUMN tour.attended IS 'number of people who showed up; NULL = tour cancelled';
COMMENT ON COLUMN tour.fee IS 'fee charged for a private tour, USD; 0 for public tours';

INSERT INTO tour (tour_id, tour_ts, exhb_id, guide_nm, lang_cd, is_private, cap, booked, attended, fee)
WITH b AS (
    SELECT g, date '2024-01-02' + (g * 698) / 600 AS d0 FROM generate_series(1, 600) AS g
), d AS (
    SELECT g, CASE WHEN extract(isodow FROM d0) = 1 THEN d0 + 1 ELSE d0 END AS d,
           g % 8 = 3 AS priv
    FROM b
), ex AS (
    SELECT d.g, e.exhb_id,
           row_number() OVER (PARTITION BY d.g ORDER BY e.exhb_id) AS rn,
           count(*) OVER (PARTITION BY d.g) AS cnt
    FROM d JOIN exhb e ON e.exhb_typ <> 'P' AND d.d BETWEEN e.open_dt AND e.close_dt
    WHERE d.g % 4 <> 0
), s AS (
    SELECT d.*, ex.exhb_id,
           CASE WHEN d.priv THEN 10 + ((d.g / 8) % 4) * 10 ELSE 20 END AS cap,
           CASE WHEN d.priv THEN 10 + ((d.g / 8) % 4) * 10 - d.g % 5 ELSE 4 + (d.g * 7) % 17 END AS booked
    FROM d LEFT JOIN ex ON ex.g = d.g AND ex.rn = 1 + d.g % ex.cnt
)
SELECT g,
       (d::timestamp + CASE WHEN g % 2 = 0 THEN interval '11 hours' ELSE interval '14 hours 30 minutes' END) AT TIME ZONE 'UTC',
       exhb_id,
       (ARRAY['Margaret Levin','Daniel Osei','Claire Dubois','Hiro Matsuda','Elena Ruiz','Tom Hughes',
              'Sara Lindqvist','Ahmed Nasser','Julia Weiss','Ben Carter'])[1 + (g * 3) % 10],
       (ARRAY['EN','EN','EN','ES','EN','FR','EN','DE','EN','ZH','ES','EN','ASL'])[1 + g % 13],
       priv, cap, booked,
       CASE WHEN g % 17 = 5 OR (NOT priv AND booked < 6) THEN NULL
            ELSE greatest(0, booked - g % 4) END,
       CASE WHEN priv THEN 150 + 10 * cap ELSE 0 END
FROM s;
