-- Wyeside Books, Castle Street, Hay-on-Wye: second-hand and antiquarian books since 2009.
-- We buy books in by the lot: house clearances (usually the executors or the family),
-- the auction rooms round the Marches, and people who walk in off the street with a box or two.
-- Every copy is catalogued on its own: which title, what condition it's in, whether it's a
-- first edition or signed, what we paid for it and what we're asking.
-- Most books go over the counter; a good share sell online (the customer pays postage, and now
-- and then one comes back), and we take a stand at about ten book fairs a year.
-- Customers leave wants with us and we get in touch when a copy of the title turns up.
-- A few other dealers keep books on our shelves on consignment and we take a commission on
-- whatever of theirs sells. Other dealers buying from us get 10% trade discount.
-- The figures run from January 2024 to 30 November 2026.

DROP TABLE IF EXISTS returns;
DROP TABLE IF EXISTS wants;
DROP TABLE IF EXISTS sale_line;
DROP TABLE IF EXISTS sales;
DROP TABLE IF EXISTS stock;
DROP TABLE IF EXISTS buy_in;
DROP TABLE IF EXISTS sellers;
DROP TABLE IF EXISTS consignors;
DROP TABLE IF EXISTS title;
DROP TABLE IF EXISTS author;
DROP TABLE IF EXISTS customers;
DROP TABLE IF EXISTS fair;
DROP TABLE IF EXISTS _plan;
DROP TABLE IF EXISTS _salekey;

CREATE TABLE sellers (
    seller_id  integer PRIMARY KEY,
    src        char(1) NOT NULL,
    name       text    NOT NULL,
    town       text,
    phone      text,
    notes      text
);
COMMENT ON TABLE sellers IS 'People and firms we buy books from';
COMMENT ON COLUMN sellers.src IS 'Where the books come from: A = auction house, H = house clearance (executors or family), W = walk-in seller at the counter';

CREATE TABLE buy_in (
    lot_id     integer PRIMARY KEY,
    lot_ref    text    NOT NULL,
    seller_id  integer NOT NULL REFERENCES sellers(seller_id),
    bought_dt  date    NOT NULL,
    cost_amt   numeric(10,2) NOT NULL,
    pay_cd     char(1),
    paid_dt    date,
    notes      text
);
COMMENT ON TABLE buy_in IS 'Each lot of books we bought in (a box, a shelf-full, a whole house)';
COMMENT ON COLUMN buy_in.lot_ref IS 'Our lot number, written in pencil inside every book from the lot';
COMMENT ON COLUMN buy_in.cost_amt IS 'What we paid for the whole lot, buyer''s premium included';
COMMENT ON COLUMN buy_in.pay_cd IS 'How we paid: C = cash, Q = cheque, B = bank transfer (empty when there was nothing to pay)';
COMMENT ON COLUMN buy_in.paid_dt IS 'Day we paid the seller; empty = not paid yet';

CREATE TABLE author (
    author_id  integer PRIMARY KEY,
    name       text NOT NULL,
    born_yr    smallint,
    died_yr    smallint
);
COMMENT ON TABLE author IS 'Authors, filed the way they are on the shelf (Surname, Forenames)';
COMMENT ON COLUMN author.died_yr IS 'Empty if still living';

CREATE TABLE title (
    title_id   integer PRIMARY KEY,
    author_id  integer NOT NULL REFERENCES author(author_id),
    title      text    NOT NULL,
    pub_yr     smallint,
    subj       text    NOT NULL
);
COMMENT ON TABLE title IS 'The works we stock - one row per book title, not per copy';
COMMENT ON COLUMN title.pub_yr IS 'Year the title was first published';
COMMENT ON COLUMN title.subj IS 'Shelf section: Fiction, Crime, Poetry, Children''s, Welsh Interest, Travel, Natural History, Topography, Military, Art & Architecture';

CREATE TABLE consignors (
    consignor_id integer PRIMARY KEY,
    dealer     text    NOT NULL,
    town       text,
    comm_pct   numeric(4,1) NOT NULL,
    active     boolean NOT NULL,
    since_dt   date    NOT NULL,
    ended_dt   date,
    notes      text
);
COMMENT ON TABLE consignors IS 'Other dealers who leave books with us on sale or return';
COMMENT ON COLUMN consignors.comm_pct IS 'Our commission, percent of what their book sells for';
COMMENT ON COLUMN consignors.ended_dt IS 'When the arrangement finished; empty = still going';

CREATE TABLE stock (
    copy_id      integer PRIMARY KEY,
    title_id     integer NOT NULL REFERENCES title(title_id),
    lot_id       integer REFERENCES buy_in(lot_id),
    consignor_id integer REFERENCES consignors(consignor_id),
    grade        char(1) NOT NULL,
    first_ed     boolean NOT NULL,
    signed       boolean NOT NULL,
    dj           boolean NOT NULL,
    cost_amt     numeric(10,2),
    asking_price numeric(10,2) NOT NULL,
    cat_dt       date    NOT NULL,
    st           char(1) NOT NULL,
    shelf_loc    text,
    notes        text
);
COMMENT ON TABLE stock IS 'Every copy we have catalogued, ours or on consignment';
COMMENT ON COLUMN stock.lot_id IS 'Lot we bought it in; empty for consignment books';
COMMENT ON COLUMN stock.consignor_id IS 'Dealer who owns it if it is on consignment; empty = our own stock';
COMMENT ON COLUMN stock.grade IS 'Condition: F = fine, N = near fine, V = very good, G = good, A = fair (reading copy), P = poor';
COMMENT ON COLUMN stock.first_ed IS 'First edition, first impression';
COMMENT ON COLUMN stock.dj IS 'Has its dust jacket';
COMMENT ON COLUMN stock.cost_amt IS 'Our share of the lot price for this copy; empty for consignment books';
COMMENT ON COLUMN stock.cat_dt IS 'Day it was catalogued and priced';
COMMENT ON COLUMN stock.st IS 'Status: A = on the shelf for sale, R = put by for a customer, S = sold, W = written off (damaged, lost or pulped), C = handed back to the consigning dealer';
COMMENT ON COLUMN stock.shelf_loc IS 'Where in the shop it lives (a room, the locked case, the dealers'' bay); empty = not on a shelf (still in the boxes, or gone)';

CREATE TABLE customers (
    cust_id    integer PRIMARY KEY,
    name       text    NOT NULL,
    email      text,
    town       text,
    country    text    NOT NULL,
    trade      boolean NOT NULL,
    mail_ok    boolean NOT NULL,
    first_dt   date    NOT NULL
);
COMMENT ON TABLE customers IS 'Customers we know by name: online buyers, regulars, people with wants';
COMMENT ON COLUMN customers.trade IS 'Another dealer - gets 10% trade discount';
COMMENT ON COLUMN customers.mail_ok IS 'Happy to get our catalogue emails';
COMMENT ON COLUMN customers.first_dt IS 'When we first dealt with them';

CREATE TABLE fair (
    fair_id     integer PRIMARY KEY,
    fair_name   text    NOT NULL,
    town        text    NOT NULL,
    start_dt    date    NOT NULL,
    end_dt      date    NOT NULL,
    stand_fee   numeric(8,2) NOT NULL,
    fee_paid_dt date,
    cancelled   boolean NOT NULL DEFAULT false,
    notes       text
);
COMMENT ON TABLE fair IS 'Book fairs we have booked a stand at';
COMMENT ON COLUMN fair.fee_paid_dt IS 'When we paid for the stand; empty = still owe it';

CREATE TABLE sales (
    sale_id     integer PRIMARY KEY,
    sale_dt     date    NOT NULL,
    cust_id     integer REFERENCES customers(cust_id),
    chan        char(1) NOT NULL,
    fair_id     integer REFERENCES fair(fair_id),
    pay_cd      char(1) NOT NULL,
    disc_pct    numeric(4,1) NOT NULL DEFAULT 0,
    postage_amt numeric(6,2) NOT NULL DEFAULT 0,
    notes       text
);
COMMENT ON TABLE sales IS 'One row per sale (a till receipt, an online order, a sale on a fair stand)';
COMMENT ON COLUMN sales.cust_id IS 'Empty for cash-and-carry sales to people we don''t know';
COMMENT ON COLUMN sales.chan IS 'Where it sold: S = in the shop, O = online order, F = at a book fair';
COMMENT ON COLUMN sales.fair_id IS 'The fair, for sales made on a fair stand';
COMMENT ON COLUMN sales.pay_cd IS 'Paid by: C = cash, K = card, P = PayPal, B = bank transfer';
COMMENT ON COLUMN sales.disc_pct IS 'Discount off the whole sale, percent (10 for the trade)';
COMMENT ON COLUMN sales.postage_amt IS 'Postage charged to the customer on online orders';

CREATE TABLE sale_line (
    line_id    integer PRIMARY KEY,
    sale_id    integer NOT NULL REFERENCES sales(sale_id),
    copy_id    integer NOT NULL REFERENCES stock(copy_id),
    price_amt  numeric(10,2) NOT NULL
);
COMMENT ON TABLE sale_line IS 'The copies in each sale';
COMMENT ON COLUMN sale_line.price_amt IS 'Price agreed for the copy, before the sale discount';

CREATE TABLE returns (
    ret_id      integer PRIMARY KEY,
    line_id     integer NOT NULL REFERENCES sale_line(line_id),
    ret_dt      date    NOT NULL,
    reason_cd   char(1) NOT NULL,
    refund_amt  numeric(10,2) NOT NULL,
    refunded_dt date,
    restocked   boolean NOT NULL,
    notes       text
);
COMMENT ON TABLE returns IS 'Online orders that came back (or never arrived)';
COMMENT ON COLUMN returns.reason_cd IS 'Why: D = damaged in the post, N = not as described, M = customer changed their mind, L = lost in the post';
COMMENT ON COLUMN returns.refunded_dt IS 'Day we refunded the customer; empty = refund still to do';
COMMENT ON COLUMN returns.restocked IS 'Book went back on the shelf';

CREATE TABLE wants (
    want_id     integer PRIMARY KEY,
    cust_id     integer NOT NULL REFERENCES customers(cust_id),
    title_id    integer NOT NULL REFERENCES title(title_id),
    max_amt     numeric(10,2),
    min_grade   char(1),
    added_dt    date    NOT NULL,
    notified_dt date,
    copy_id     integer REFERENCES stock(copy_id),
    st          char(1) NOT NULL,
    notes       text
);
COMMENT ON TABLE wants IS 'Customers'' wants list: titles they asked us to look out for';
COMMENT ON COLUMN wants.max_amt IS 'Most they will pay; empty = no limit given';
COMMENT ON COLUMN wants.min_grade IS 'Worst condition they will take (same letters as stock.grade); empty = any';
COMMENT ON COLUMN wants.notified_dt IS 'Day we told them a copy had come in; empty = not told yet';
COMMENT ON COLUMN wants.copy_id IS 'The copy we offered them';
COMMENT ON COLUMN wants.st IS 'Status: O = open, still looking; N = told them, no answer or they passed; B = they bought it; X = lapsed or cancelled';

-- ---------------------------------------------------------------- sellers
INSERT INTO sellers (seller_id, src, name, town, phone, notes) VALUES
 (1, 'A', 'Marches Salerooms',          'Leominster',      '01568 600100', NULL),
 (2, 'A', 'Wye Valley Auctions',        'Ross-on-Wye',     '01989 700200', 'Book sales every other month'),
 (3, 'A', 'Brecon Auction Rooms',       'Brecon',          NULL,           NULL),
 (4, 'A', 'Clun & District Auctions',   'Craven Arms',     '01588 600300', NULL),
 (5, 'A', 'Towy Auctioneers',           'Carmarthen',      '01267 600400', NULL),
 (6, 'A', 'Severnside Fine Art',        'Shrewsbury',      NULL,           'Catalogues online only'),
 (7, 'A', 'Cotswold Book Auctions',     'Cirencester',     '01285 600500', 'The good stuff - first editions, private press'),
 (8, 'A', 'Monnow Salerooms',           'Monmouth',        '01600 600600', NULL);

INSERT INTO sellers (seller_id, src, name, town, phone, notes)
SELECT i,
       CASE WHEN i % 3 = 0 THEN 'H' ELSE 'W' END,
       CASE WHEN i % 3 = 0
            THEN 'Executors of the late ' || (ARRAY['Mrs','Mr','Miss','Dr','Rev.'])[1 + i % 5] || ' '
                 || (ARRAY['Powell','Price','Pritchard','Jones','Davies','Williams','Morgan','Vaughan','Bevan','Prosser',
                           'Watkins','Gwillim','Probert','Meredith','Lloyd','Parry','Hughes','Evans','Griffiths','Bowen'])[1 + (i * 7) % 20]
            ELSE (ARRAY['Gareth','Sian','David','Rhian','Tom','Megan','Huw','Ann','Peter','Carys','John','Eleri',
                        'Michael','Susan','Owen','Helen','Richard','Nia','Robert','Gwen','Alan','Judith','Ieuan','Margaret'])[1 + (i * 5) % 24]
                 || ' ' ||
                 (ARRAY['Powell','Price','Pritchard','Jones','Davies','Williams','Morgan','Vaughan','Bevan','Prosser',
                        'Watkins','Gwillim','Probert','Meredith','Lloyd','Parry','Hughes','Evans','Griffiths','Bowen'])[1 + (i * 11) % 20]
       END,
       (ARRAY['Hay-on-Wye','Hereford','Brecon','Abergavenny','Ludlow','Kington','Builth Wells','Talgarth','Leominster','Llandrindod Wells'])[1 + (i * 3) % 10],
       CASE WHEN i % 4 = 1 THEN NULL ELSE '07' || lpad(((i * 7919 * 13) % 1000000000)::text, 9, '0') END,
       CASE WHEN i % 17 = 0 THEN 'Has more to sell - ring back in the spring'
            WHEN i % 13 = 0 THEN 'Mostly paperbacks, only take the hardbacks' END
FROM generate_series(9, 60) AS i;

-- ---------------------------------------------------------------- buy_in
INSERT INTO buy_in (lot_id, lot_ref, seller_id, bought_dt, cost_amt, pay_cd, paid_dt, notes)
SELECT i,
       'L' || to_char(d, 'YY') || '-' || lpad(i::text, 3, '0'),
       s,
       d,
       amt,
       CASE WHEN amt = 0 THEN NULL WHEN s <= 8 THEN 'B' WHEN s % 3 = 0 THEN (CASE WHEN i % 2 = 0 THEN 'Q' ELSE 'B' END) ELSE 'C' END,
       CASE WHEN amt = 0 THEN d
            WHEN s % 3 = 0 AND s > 8 AND i % 29 = 0 AND i > 200 THEN NULL
            WHEN d + lag > date '2026-11-30' THEN NULL
            ELSE d + lag END,
       CASE WHEN amt = 0 THEN 'Nothing to pay - glad to see them go'
            WHEN s % 3 = 0 AND s > 8 AND i % 29 = 0 AND i > 200 THEN 'Holding payment - executors still to confirm the list'
            WHEN s <= 8 AND i % 5 = 0 THEN 'Mixed lot, a lot of book-club editions' END
FROM (
    SELECT i, s, d,
           CASE WHEN i % 47 = 0 THEN 0::numeric
                WHEN s <= 8 THEN (40 + (i * 37 % 101) * 6)::numeric
                WHEN s % 3 = 0 THEN (20 + (i * 53 % 61) * 5)::numeric
                ELSE 5 + (i * 29 % 40) * 2.5 END AS amt,
           CASE WHEN s <= 8 THEN 3 + i % 5 WHEN s % 3 = 0 THEN 14 + (i * 7 % 45) ELSE 0 END AS lag
    FROM (
        SELECT i,
               CASE WHEN i % 3 = 0 THEN 1 + (i % 8) ELSE 9 + ((i / 9) + (i % 2) * 17) % 50 END AS s,
               least(date '2024-01-03' + ((i - 1) * 1062 / 419) + (i * 5 % 3), date '2026-11-30') AS d
        FROM generate_series(1, 420) AS i
    ) a
) b;

-- ---------------------------------------------------------------- authors and titles
INSERT INTO author (author_id, name, born_yr, died_yr) VALUES
 (1,'Kilvert, Francis',1840,1879),(2,'Thomas, Dylan',1914,1953),(3,'Thomas, R. S.',1913,2000),
 (4,'Chatwin, Bruce',1940,1989),(5,'Borrow, George',1803,1881),(6,'Machen, Arthur',1863,1947),
 (7,'Llewellyn, Richard',1906,1983),(8,'Morris, Jan',1926,2020),(9,'Dahl, Roald',1916,1990),
 (10,'Cordell, Alexander',1914,1997),(11,'Hardy, Thomas',1840,1928),(12,'Dickens, Charles',1812,1870),
 (13,'Austen, Jane',1775,1817),(14,'Brontë, Charlotte',1816,1855),(15,'Trollope, Anthony',1815,1882),
 (16,'Waugh, Evelyn',1903,1966),(17,'Greene, Graham',1904,1991),(18,'Orwell, George',1903,1950),
 (19,'Woolf, Virginia',1882,1941),(20,'Wodehouse, P. G.',1881,1975),(21,'Christie, Agatha',1890,1976),
 (22,'Sayers, Dorothy L.',1893,1957),(23,'Fleming, Ian',1908,1964),(24,'le Carré, John',1931,2020),
 (25,'Doyle, Arthur Conan',1859,1930),(26,'Buchan, John',1875,1940),(27,'Tolkien, J. R. R.',1892,1973),
 (28,'Lewis, C. S.',1898,1963),(29,'Ransome, Arthur',1884,1967),(30,'Milne, A. A.',1882,1956),
 (31,'Grahame, Kenneth',1859,1932),(32,'Potter, Beatrix',1866,1943),(33,'Blyton, Enid',1897,1968),
 (34,'Rowling, J. K.',1965,NULL),(35,'Pratchett, Terry',1948,2015),(36,'Housman, A. E.',1859,1936),
 (37,'Betjeman, John',1906,1984),(38,'Hughes, Ted',1930,1998),(39,'Heaney, Seamus',1939,2013),
 (40,'Larkin, Philip',1922,1985),(41,'Sassoon, Siegfried',1886,1967),(42,'Graves, Robert',1895,1985),
 (43,'Owen, Wilfred',1893,1918),(44,'Leigh Fermor, Patrick',1915,2011),(45,'Thesiger, Wilfred',1910,2003),
 (46,'Stark, Freya',1893,1993),(47,'White, Gilbert',1720,1793),(48,'Darwin, Charles',1809,1882),
 (49,'Wainwright, Alfred',1907,1991),(50,'Ruskin, John',1819,1900),(51,'Lee, Laurie',1914,1997),
 (52,'du Maurier, Daphne',1907,1989),(53,'Forster, E. M.',1879,1970),(54,'Kipling, Rudyard',1865,1936),
 (55,'Thomas, Edward',1878,1917),(56,'Mee, Arthur',1875,1943),(57,'Jones, David',1895,1974),
 (58,'Roberts, Kate',1891,1985),(59,'Thorburn, Archibald',1860,1935),(60,'Durrell, Gerald',1925,1995),
 (61,'Pevsner, Nikolaus',1902,1983),(62,'Piper, John',1903,1992);

INSERT INTO title (title_id, author_id, title, pub_yr, subj) VALUES
 (1,1,'Kilvert''s Diary, Volume One',1938,'Welsh Interest'),
 (2,1,'Kilvert''s Diary, Volume Two',1939,'Welsh Interest'),
 (3,1,'Kilvert''s Diary, Volume Three',1940,'Welsh Interest'),
 (4,2,'Under Milk Wood',1954,'Welsh Interest'),
 (5,2,'18 Poems',1934,'Poetry'),
 (6,2,'Portrait of the Artist as a Young Dog',1940,'Fiction'),
 (7,2,'Deaths and Entrances',1946,'Poetry'),
 (8,2,'A Child''s Christmas in Wales',1955,'Welsh Interest'),
 (9,3,'Song at the Year''s Turning',1955,'Poetry'),
 (10,3,'The Stones of the Field',1946,'Poetry'),
 (11,4,'On the Black Hill',1982,'Welsh Interest'),
 (12,4,'In Patagonia',1977,'Travel'),
 (13,4,'The Songlines',1987,'Travel'),
 (14,5,'Wild Wales',1862,'Welsh Interest'),
 (15,5,'Lavengro',1851,'Fiction'),
 (16,6,'The Hill of Dreams',1907,'Fiction'),
 (17,6,'The Great God Pan',1894,'Fiction'),
 (18,7,'How Green Was My Valley',1939,'Welsh Interest'),
 (19,8,'The Matter of Wales',1984,'Welsh Interest'),
 (20,8,'Venice',1960,'Travel'),
 (21,9,'Charlie and the Chocolate Factory',1964,'Children''s'),
 (22,9,'The BFG',1982,'Children''s'),
 (23,9,'Danny the Champion of the World',1975,'Children''s'),
 (24,10,'Rape of the Fair Country',1959,'Welsh Interest'),
 (25,11,'Far from the Madding Crowd',1874,'Fiction'),
 (26,11,'Tess of the d''Urbervilles',1891,'Fiction'),
 (27,11,'Jude the Obscure',1895,'Fiction'),
 (28,12,'Great Expectations',1861,'Fiction'),
 (29,12,'A Christmas Carol',1843,'Fiction'),
 (30,12,'Bleak House',1853,'Fiction'),
 (31,12,'Our Mutual Friend',1865,'Fiction'),
 (32,13,'Pride and Prejudice',1813,'Fiction'),
 (33,13,'Emma',1815,'Fiction'),
 (34,13,'Persuasion',1817,'Fiction'),
 (35,14,'Jane Eyre',1847,'Fiction'),
 (36,14,'Villette',1853,'Fiction'),
 (37,15,'Barchester Towers',1857,'Fiction'),
 (38,15,'The Way We Live Now',1875,'Fiction'),
 (39,16,'Brideshead Revisited',1945,'Fiction'),
 (40,16,'Scoop',1938,'Fiction'),
 (41,16,'Decline and Fall',1928,'Fiction'),
 (42,17,'Brighton Rock',1938,'Fiction'),
 (43,17,'The Power and the Glory',1940,'Fiction'),
 (44,17,'Our Man in Havana',1958,'Fiction'),
 (45,18,'Nineteen Eighty-Four',1949,'Fiction'),
 (46,18,'Animal Farm',1945,'Fiction'),
 (47,18,'Down and Out in Paris and London',1933,'Travel'),
 (48,19,'Mrs Dalloway',1925,'Fiction'),
 (49,19,'To the Lighthouse',1927,'Fiction'),
 (50,20,'Right Ho, Jeeves',1934,'Fiction'),
 (51,20,'The Code of the Woosters',1938,'Fiction'),
 (52,20,'Summer Lightning',1929,'Fiction'),
 (53,21,'The Murder of Roger Ackroyd',1926,'Crime'),
 (54,21,'Murder on the Orient Express',1934,'Crime'),
 (55,21,'The ABC Murders',1936,'Crime'),
 (56,22,'Gaudy Night',1935,'Crime'),
 (57,22,'The Nine Tailors',1934,'Crime'),
 (58,23,'Casino Royale',1953,'Crime'),
 (59,23,'From Russia, with Love',1957,'Crime'),
 (60,23,'Goldfinger',1959,'Crime'),
 (61,24,'The Spy Who Came in from the Cold',1963,'Crime'),
 (62,24,'Tinker Tailor Soldier Spy',1974,'Crime'),
 (63,25,'The Hound of the Baskervilles',1902,'Crime'),
 (64,25,'The Adventures of Sherlock Holmes',1892,'Crime'),
 (65,26,'The Thirty-Nine Steps',1915,'Crime'),
 (66,27,'The Hobbit',1937,'Children''s'),
 (67,27,'The Fellowship of the Ring',1954,'Fiction'),
 (68,28,'The Lion, the Witch and the Wardrobe',1950,'Children''s'),
 (69,29,'Swallows and Amazons',1930,'Children''s'),
 (70,29,'We Didn''t Mean to Go to Sea',1937,'Children''s'),
 (71,30,'Winnie-the-Pooh',1926,'Children''s'),
 (72,30,'The House at Pooh Corner',1928,'Children''s'),
 (73,31,'The Wind in the Willows',1908,'Children''s'),
 (74,32,'The Tale of Peter Rabbit',1902,'Children''s'),
 (75,32,'The Tale of Squirrel Nutkin',1903,'Children''s'),
 (76,33,'Five on a Treasure Island',1942,'Children''s'),
 (77,33,'The Magic Faraway Tree',1943,'Children''s'),
 (78,34,'Harry Potter and the Philosopher''s Stone',1997,'Children''s'),
 (79,34,'Harry Potter and the Chamber of Secrets',1998,'Children''s'),
 (80,35,'The Colour of Magic',1983,'Fiction'),
 (81,35,'Guards! Guards!',1989,'Fiction'),
 (82,36,'A Shropshire Lad',1896,'Poetry'),
 (83,37,'Collected Poems',1958,'Poetry'),
 (84,37,'Summoned by Bells',1960,'Poetry'),
 (85,38,'The Hawk in the Rain',1957,'Poetry'),
 (86,38,'Crow',1970,'Poetry'),
 (87,39,'Death of a Naturalist',1966,'Poetry'),
 (88,40,'The Whitsun Weddings',1964,'Poetry'),
 (89,40,'The Less Deceived',1955,'Poetry'),
 (90,41,'Memoirs of a Fox-Hunting Man',1928,'Military'),
 (91,41,'Counter-Attack and Other Poems',1918,'Poetry'),
 (92,42,'Good-Bye to All That',1929,'Military'),
 (93,42,'I, Claudius',1934,'Fiction'),
 (94,43,'Poems',1920,'Poetry'),
 (95,57,'In Parenthesis',1937,'Military'),
 (96,44,'A Time of Gifts',1977,'Travel'),
 (97,44,'Mani',1958,'Travel'),
 (98,45,'Arabian Sands',1959,'Travel'),
 (99,46,'The Valleys of the Assassins',1934,'Travel'),
 (100,47,'The Natural History of Selborne',1789,'Natural History'),
 (101,48,'On the Origin of Species',1859,'Natural History'),
 (102,48,'The Voyage of the Beagle',1839,'Natural History'),
 (103,49,'The Eastern Fells',1955,'Topography'),
 (104,49,'The Far Eastern Fells',1957,'Topography'),
 (105,50,'The Stones of Venice',1851,'Art & Architecture'),
 (106,50,'Modern Painters',1843,'Art & Architecture'),
 (107,51,'Cider with Rosie',1959,'Fiction'),
 (108,51,'As I Walked Out One Midsummer Morning',1969,'Travel'),
 (109,52,'Rebecca',1938,'Fiction'),
 (110,52,'Jamaica Inn',1936,'Fiction'),
 (111,53,'A Room with a View',1908,'Fiction'),
 (112,53,'A Passage to India',1924,'Fiction'),
 (113,54,'The Jungle Book',1894,'Children''s'),
 (114,54,'Kim',1901,'Fiction'),
 (115,54,'Just So Stories',1902,'Children''s'),
 (116,55,'Poems',1917,'Poetry'),
 (117,55,'The South Country',1909,'Topography'),
 (118,55,'Wales',1905,'Welsh Interest'),
 (119,56,'The King''s England: Herefordshire',1938,'Topography'),
 (120,56,'The King''s England: Monmouthshire',1951,'Topography'),
 (121,58,'Feet in Chains',1977,'Welsh Interest'),
 (122,59,'British Birds',1915,'Natural History'),
 (123,60,'My Family and Other Animals',1956,'Natural History'),
 (124,61,'The Buildings of England: Herefordshire',1963,'Art & Architecture'),
 (125,62,'Brighton Aquatints',1939,'Art & Architecture');

-- ---------------------------------------------------------------- consignors
INSERT INTO consignors (consignor_id, dealer, town, comm_pct, active, since_dt, ended_dt, notes) VALUES
 (1, 'Marches Rare Books',            'Ludlow',        20.0, true,  '2019-04-01', NULL, NULL),
 (2, 'Offa''s Dyke Books',             'Kington',       20.0, true,  '2021-09-01', NULL, 'Settle up quarterly'),
 (3, 'R. & J. Meredith (Booksellers)', 'Brecon',        20.0, true,  '2018-02-01', NULL, NULL),
 (4, 'The Golden Valley Bookroom',    'Peterchurch',   20.0, true,  '2022-05-15', NULL, NULL),
 (5, 'Hugh Pritchard',                'Abergavenny',   40.0, true,  '2023-01-09', NULL, 'Private dealer, no shop - we photograph, list and post everything for him, hence the 40%'),
 (6, 'Black Mountains Books',         'Talgarth',      20.0, true,  '2025-03-01', NULL, NULL),
 (7, 'Cambrian Antiquarian',          'Aberystwyth',   20.0, false, '2020-06-01', '2025-06-30', 'Retired - everything unsold went back to them end of June 2025'),
 (8, 'Wyeside Prints & Maps',         'Builth Wells',  20.0, true,  '2026-11-02', NULL, 'Agreed in November, first boxes due after Christmas');

-- ---------------------------------------------------------------- fairs
INSERT INTO fair (fair_id, fair_name, town, start_dt, end_dt, stand_fee, fee_paid_dt, cancelled, notes) VALUES
 (1,  'Bath Book Fair',                 'Bath',        '2024-03-09','2024-03-10',  320.00,'2024-02-05',false,NULL),
 (2,  'Cheltenham Book Fair',           'Cheltenham',  '2024-04-13','2024-04-13',  165.00,'2024-03-11',false,NULL),
 (3,  'Hay Festival Book Fair',         'Hay-on-Wye',  '2024-05-25','2024-05-27',  450.00,'2024-04-20',false,'Busiest weekend of the year'),
 (4,  'Ludlow Book Fair',               'Ludlow',      '2024-07-06','2024-07-06',   95.00,'2024-06-03',false,NULL),
 (5,  'Oxford Book Fair',               'Oxford',      '2024-08-17','2024-08-18',  380.00,'2024-07-15',false,NULL),
 (6,  'York National Book Fair',        'York',        '2024-09-13','2024-09-14', 1150.00,'2024-07-01',false,'Two nights in the Premier Inn on top'),
 (7,  'Shrewsbury Book Fair',           'Shrewsbury',  '2024-10-19','2024-10-19',  110.00,'2024-09-16',false,NULL),
 (8,  'Chelsea Antiquarian Book Fair',  'London',      '2024-11-01','2024-11-02', 1400.00,'2024-08-30',false,NULL),
 (9,  'Cardiff Book Fair',              'Cardiff',     '2024-11-23','2024-11-23',  140.00,'2024-10-21',false,NULL),
 (10, 'Bath Book Fair',                 'Bath',        '2025-03-08','2025-03-09',  335.00,'2025-02-03',false,NULL),
 (11, 'Cheltenham Book Fair',           'Cheltenham',  '2025-04-12','2025-04-12',  170.00,'2025-03-10',false,NULL),
 (12, 'Hay Festival Book Fair',         'Hay-on-Wye',  '2025-05-24','2025-05-26',  475.00,'2025-04-22',false,NULL),
 (13, 'Ludlow Book Fair',               'Ludlow',      '2025-07-05','2025-07-05',   95.00,'2025-06-02',true, 'Cancelled - hall flooded. Fee refunded'),
 (14, 'Oxford Book Fair',               'Oxford',      '2025-08-16','2025-08-17',  390.00,'2025-07-14',false,NULL),
 (15, 'York National Book Fair',        'York',        '2025-09-12','2025-09-13', 1200.00,'2025-06-30',false,NULL),
 (16, 'Shrewsbury Book Fair',           'Shrewsbury',  '2025-10-18','2025-10-18',  115.00,'2025-09-15',false,NULL),
 (17, 'Chelsea Antiquarian Book Fair',  'London',      '2025-10-31','2025-11-01', 1450.00,'2025-08-29',false,NULL),
 (18, 'Cardiff Book Fair',              'Cardiff',     '2025-11-22','2025-11-22',  145.00,'2025-10-20',false,NULL),
 (19, 'Hereford Christmas Book Fair',   'Hereford',    '2025-12-13','2025-12-13',   85.00,'2025-11-17',false,NULL),
 (20, 'Bath Book Fair',                 'Bath',        '2026-03-14','2026-03-15',  345.00,'2026-02-09',false,NULL),
 (21, 'Cheltenham Book Fair',           'Cheltenham',  '2026-04-11','2026-04-11',  175.00,'2026-03-09',false,NULL),
 (22, 'Hay Festival Book Fair',         'Hay-on-Wye',  '2026-05-23','2026-05-25',    0.00,'2026-04-20',false,'No fee this year - we ran the festival bookstall in exchange'),
 (23, 'Ludlow Book Fair',               'Ludlow',      '2026-07-04','2026-07-04',  100.00,'2026-06-01',false,NULL),
 (24, 'Oxford Book Fair',               'Oxford',      '2026-08-15','2026-08-16',  395.00,'2026-07-13',false,NULL),
 (25, 'York National Book Fair',        'York',        '2026-09-11','2026-09-12', 1250.00,'2026-06-29',false,NULL),
 (26, 'Shrewsbury Book Fair',           'Shrewsbury',  '2026-10-17','2026-10-17',  120.00,'2026-09-14',false,NULL),
 (27, 'Chelsea Antiquarian Book Fair',  'London',      '2026-10-30','2026-10-31', 1500.00,'2026-08-28',false,NULL),
 (28, 'Cardiff Book Fair',              'Cardiff',     '2026-11-21','2026-11-21',  150.00,NULL,        false,'Invoice went astray - still to pay'),
 (29, 'Hereford Christmas Book Fair',   'Hereford',    '2026-12-12','2026-12-12',   90.00,NULL,        false,'Booked');

-- ---------------------------------------------------------------- customers
INSERT INTO customers (cust_id, name, email, town, country, trade, mail_ok, first_dt)
SELECT i,
       CASE WHEN i % 25 = 0
            THEN (ARRAY['Castle Books','Kestrel Books','The Old Rectory Bookshop','Border Books','Griffin Antiquarian',
                        'Paragon Books','Black Lion Books','Halfpenny Books','Chapter & Verse','Riverside Rare Books',
                        'Owl Pen Books','Sheldon Fine Books','Ferret Books','The Book Barn','Lantern Books',
                        'Quill & Ink','Orchard Books','Hedgehog Books','Stonehouse Books','Tintern Books'])[i / 25]
            ELSE (ARRAY['James','Sarah','Richard','Emma','William','Catherine','Thomas','Alice','Edward','Fiona',
                        'George','Harriet','Hugh','Isobel','Jonathan','Kate','Laurence','Miriam','Nicholas','Olivia',
                        'Patrick','Rachel','Simon','Teresa','Anthony','Bethan','Dafydd','Gwen','Martin','Ruth'])[1 + (i * 7) % 30]
                 || ' ' ||
                 (ARRAY['Ashworth','Barnes','Cartwright','Dunn','Ellis','Fletcher','Goodwin','Harding','Ingram','Jenkins',
                        'Kemp','Lambert','Mason','Norris','Osborne','Palmer','Quinn','Rowlands','Sutton','Turner',
                        'Underwood','Vaughan','Walsh','Yates','Hughes','Probert','Schmidt','O''Brien','van Dijk','Tanaka'])[1 + (i * 11 + i / 30) % 30]
       END,
       NULL,
       CASE WHEN i % 13 = 5 THEN NULL
            ELSE (ARRAY['Hay-on-Wye','Hereford','Brecon','London','Bristol','Cardiff','Cheltenham','Oxford','Manchester','Ludlow',
                        'Abergavenny','Bath','Shrewsbury','Edinburgh','Swansea'])[1 + (i * 3) % 15] END,
       CASE WHEN i % 10 = 7
            THEN (ARRAY['United States','Ireland','Germany','Netherlands','Australia','France','Japan'])[1 + (i / 10) % 7]
            ELSE 'United Kingdom' END,
       i % 25 = 0,
       i % 3 <> 2,
       CASE WHEN i <= 60 THEN date '2012-03-01' + i * 61
            ELSE date '2024-01-02' + ((i - 60) * 1050 / 440) END
FROM generate_series(1, 500) AS i;

UPDATE customers
SET email = lower(regexp_replace(name, '[^A-Za-z]+', '.', 'g')) || CASE WHEN cust_id % 4 = 0 THEN cust_id::text ELSE '' END
            || '@' || (ARRAY['btinternet.com','gmail.com','outlook.com','example.co.uk'])[1 + cust_id % 4]
WHERE cust_id % 9 <> 4;

-- ---------------------------------------------------------------- stock: our own copies (from buy-in lots)
INSERT INTO stock (copy_id, title_id, lot_id, consignor_id, grade, first_ed, signed, dj, cost_amt, asking_price, cat_dt, st, shelf_loc, notes)
SELECT i, title_id, lot_id, NULL, grade, first_ed, signed, dj, cost_amt, asking,
       cat_dt, 'A',
       CASE WHEN cat_dt > date '2026-11-16' AND i % 3 <> 0 THEN NULL
            WHEN asking >= 100 THEN 'Locked case'
            WHEN subj IN ('Fiction','Crime') THEN 'Front room'
            WHEN subj IN ('Poetry','Welsh Interest') THEN 'Back room'
            WHEN subj IN ('Children''s','Travel') THEN 'Upstairs'
            ELSE 'Cellar' END,
       CASE WHEN i % 97 = 0 THEN 'Foxing to prelims'
            WHEN i % 89 = 0 THEN 'Ex-library, usual stamps'
            WHEN i % 83 = 0 THEN 'Inscribed by previous owner' END
FROM (
    SELECT g.*, t.subj,
           greatest(2.00, round(((4 + (i * 29 % 23))
                 * CASE grade WHEN 'F' THEN 3 WHEN 'N' THEN 2.2 WHEN 'V' THEN 1.5 WHEN 'G' THEN 1 WHEN 'A' THEN 0.6 ELSE 0.35 END
                 * CASE WHEN first_ed THEN 6 ELSE 1 END
                 * CASE WHEN signed THEN 3 ELSE 1 END
                 * CASE WHEN t.pub_yr < 1900 THEN 1.8 ELSE 1 END) * 2) / 2) AS asking
    FROM (
        SELECT i,
               1 + (i * 37 % 125) AS title_id,
               l.lot_id,
               CASE WHEN (i * 37 % 101) < 6 THEN 'F' WHEN (i * 37 % 101) < 18 THEN 'N' WHEN (i * 37 % 101) < 45 THEN 'V'
                    WHEN (i * 37 % 101) < 75 THEN 'G' WHEN (i * 37 % 101) < 92 THEN 'A' ELSE 'P' END AS grade,
               (i * 53 % 97) < 17 AS first_ed,
               (i * 71 % 89) < 4 AS signed,
               (i * 11 % 7) < 4 AS dj,
               round(l.cost_amt / count(*) OVER (PARTITION BY l.lot_id), 2) AS cost_amt,
               least(l.bought_dt + (i * 3 % 15), date '2026-11-30') AS cat_dt
        FROM generate_series(1, 2900) AS i
        JOIN buy_in l ON l.lot_id = 1 + ((i - 1) * 419 / 2900)
    ) g
    JOIN title t ON t.title_id = g.title_id
) x;

-- ---------------------------------------------------------------- stock: consignment copies
INSERT INTO stock (copy_id, title_id, lot_id, consignor_id, grade, first_ed, signed, dj, cost_amt, asking_price, cat_dt, st, shelf_loc, notes)
SELECT i, title_id, NULL, cons, grade, first_ed, signed, dj, NULL, asking, cat_dt, 'A',
       CASE WHEN asking >= 100 THEN 'Locked case' ELSE 'Dealers'' bay' END,
       CASE WHEN i % 29 = 0 THEN 'Dealer''s price is firm' END
FROM (
    SELECT g.*,
           greatest(5.00, round(((6 + (i * 29 % 23))
                 * CASE grade WHEN 'F' THEN 3 WHEN 'N' THEN 2.2 WHEN 'V' THEN 1.5 WHEN 'G' THEN 1 WHEN 'A' THEN 0.6 ELSE 0.35 END
                 * CASE WHEN first_ed THEN 5 ELSE 1.5 END
                 * CASE WHEN signed THEN 3 ELSE 1 END) * 2) / 2) AS asking
    FROM (
        SELECT i,
               1 + (i * 37 % 125) AS title_id,
               1 + (i % 7) AS cons,
               CASE WHEN (i * 37 % 101) < 15 THEN 'F' WHEN (i * 37 % 101) < 40 THEN 'N' WHEN (i * 37 % 101) < 75 THEN 'V'
                    WHEN (i * 37 % 101) < 95 THEN 'G' ELSE 'A' END AS grade,
               (i * 53 % 97) < 40 AS first_ed,
               (i * 71 % 89) < 6 AS signed,
               (i * 11 % 7) < 5 AS dj,
               CASE WHEN 1 + (i % 7) = 7 THEN date '2024-02-01' + (i * 7 % 480)
                    WHEN 1 + (i % 7) = 6 THEN date '2025-03-03' + (i * 11 % 630)
                    ELSE date '2024-01-15' + ((i - 2901) * 1050 / 300) END AS cat_dt
        FROM generate_series(2901, 3200) AS i
    ) g
) x;

-- ---------------------------------------------------------------- which copies sold, when and where (working table)
CREATE TEMP TABLE _plan AS
SELECT s.copy_id, s.cat_dt, s.consignor_id,
       CASE WHEN (s.copy_id * 61 % 103) < 66
            THEN s.cat_dt + CASE WHEN (s.copy_id * 29 % 107) < 25 THEN s.copy_id * 17 % 30
                                 WHEN (s.copy_id * 29 % 107) < 60 THEN s.copy_id * 17 % 150
                                 WHEN (s.copy_id * 29 % 107) < 90 THEN s.copy_id * 17 % 400
                                 ELSE s.copy_id * 17 % 800 END
       END AS sdt,
       NULL::integer AS fair_id,
       NULL::char(1) AS chan,
       0 AS grp
FROM stock s;

UPDATE _plan SET sdt = NULL WHERE sdt > date '2026-11-30';

-- a share of sales happen on a fair stand near the date they would otherwise have sold
UPDATE _plan p
SET sdt = q.start_dt + (p.copy_id % (q.end_dt - q.start_dt + 1)), fair_id = q.fair_id
FROM (
    SELECT p2.copy_id, f.fair_id, f.start_dt, f.end_dt
    FROM _plan p2
    CROSS JOIN LATERAL (
        SELECT fair_id, start_dt, end_dt FROM fair f
        WHERE NOT f.cancelled
          AND f.start_dt <= date '2026-11-30'
          AND f.start_dt BETWEEN greatest(p2.cat_dt, p2.sdt - 20) AND p2.sdt + 20
        ORDER BY f.start_dt LIMIT 1
    ) f
    WHERE p2.sdt IS NOT NULL AND p2.copy_id % 5 = 0
) q
WHERE q.copy_id = p.copy_id;

-- Cambrian Antiquarian took everything back at the end of June 2025
UPDATE _plan SET sdt = NULL, fair_id = NULL WHERE consignor_id = 7 AND sdt > date '2025-06-30';

UPDATE _plan SET chan = CASE WHEN fair_id IS NOT NULL THEN 'F'
                             WHEN (copy_id * 43 % 79) < 32 THEN 'O'
                             ELSE 'S' END,
                 grp  = CASE WHEN fair_id IS NOT NULL THEN copy_id % 4 ELSE copy_id % 2 END
WHERE sdt IS NOT NULL;

CREATE TEMP TABLE _salekey AS
SELECT row_number() OVER (ORDER BY sdt, chan, coalesce(fair_id, 0), grp)::integer AS sale_id, sdt, chan, fair_id, grp
FROM (SELECT DISTINCT sdt, chan, fair_id, grp FROM _plan WHERE sdt IS NOT NULL) d;

-- ---------------------------------------------------------------- sales
INSERT INTO sales (sale_id, sale_dt, cust_id, chan, fair_id, pay_cd, disc_pct, postage_amt, notes)
SELECT sale_id, sdt,
       CASE chan WHEN 'O' THEN (CASE WHEN sale_id % 4 = 0 THEN 1 + (sale_id * 7 % 30) ELSE 31 + (sale_id * 31 % 450) END)
                 WHEN 'S' THEN (CASE WHEN sale_id % 5 < 3 THEN NULL ELSE 1 + (sale_id * 13 % 60) END)
                 ELSE (CASE WHEN sale_id % 2 = 0 THEN NULL ELSE 1 + (sale_id * 17 % 480) END) END,
       chan, fair_id,
       CASE chan WHEN 'O' THEN (CASE WHEN sale_id % 3 < 2 THEN 'P' ELSE 'K' END)
                 ELSE (CASE WHEN sale_id % 5 < 2 THEN 'C' ELSE 'K' END) END,
       CASE WHEN chan = 'S' AND sale_id % 37 = 0 THEN 10 ELSE 0 END,
       0,
       CASE WHEN chan = 'S' AND sale_id % 37 = 0 THEN 'Regular - gave them 10% off'
            WHEN chan = 'O' AND sale_id % 53 = 0 THEN 'Asked for it to be gift wrapped' END
FROM _salekey;

-- ---------------------------------------------------------------- sale lines
INSERT INTO sale_line (line_id, sale_id, copy_id, price_amt)
SELECT row_number() OVER (ORDER BY k.sale_id, p.copy_id)::integer, k.sale_id, p.copy_id,
       CASE WHEN p.chan IN ('S','F') AND p.copy_id % 7 = 0 AND s.asking_price >= 10 THEN round(s.asking_price * 0.9)
            ELSE s.asking_price END
FROM _plan p
JOIN _salekey k ON k.sdt = p.sdt AND k.chan = p.chan AND coalesce(k.fair_id, 0) = coalesce(p.fair_id, 0) AND k.grp = p.grp
JOIN stock s ON s.copy_id = p.copy_id;

-- ---------------------------------------------------------------- wants
INSERT INTO wants (want_id, cust_id, title_id, max_amt, min_grade, added_dt, notified_dt, copy_id, st, notes)
SELECT i,
       1 + (i * 43 % 500),
       1 + (i * 19 % 125),
       CASE WHEN i % 3 = 0 THEN NULL ELSE (6 + (i * 7 % 12) * 2)::numeric END,
       CASE i % 4 WHEN 0 THEN 'N' WHEN 1 THEN 'V' WHEN 2 THEN NULL ELSE 'F' END,
       date '2024-01-08' + ((i - 1) * 1050 / 379),
       NULL, NULL, 'O',
       CASE WHEN i % 23 = 0 THEN 'Wants it for a birthday present' WHEN i % 31 = 0 THEN 'Only with the dust jacket' END
FROM generate_series(1, 380) AS i;

UPDATE wants w
SET notified_dt = least(c.cat_dt + (w.want_id % 3), date '2026-11-30'), copy_id = c.copy_id, st = 'N'
FROM (
    SELECT w2.want_id, s.copy_id, s.cat_dt
    FROM wants w2
    CROSS JOIN LATERAL (
        SELECT s.copy_id, s.cat_dt FROM stock s
        WHERE s.title_id = w2.title_id
          AND s.cat_dt >= w2.added_dt
          AND (w2.max_amt IS NULL OR s.asking_price <= w2.max_amt)
          AND (w2.min_grade IS NULL OR strpos('PAGVNF', s.grade) >= strpos('PAGVNF', w2.min_grade))
        ORDER BY s.cat_dt, s.copy_id LIMIT 1
    ) s
) c
WHERE c.want_id = w.want_id;

-- they bought it: the copy sold on or after the day we told them
UPDATE wants w SET st = 'B'
FROM sale_line l JOIN sales s ON s.sale_id = l.sale_id
WHERE l.copy_id = w.copy_id AND w.st = 'N' AND s.sale_dt >= w.notified_dt AND (w.want_id * 7 % 5) < 3;

UPDATE sales s SET cust_id = b.cust_id
FROM (
    SELECT DISTINCT ON (l.sale_id) l.sale_id, w.cust_id
    FROM wants w JOIN sale_line l ON l.copy_id = w.copy_id
    WHERE w.st = 'B'
    ORDER BY l.sale_id, w.want_id
) b
WHERE b.sale_id = s.sale_id;

-- wants with two buyers for the same copy: only the first one got it
UPDATE wants w SET st = 'N'
WHERE w.st = 'B'
  AND EXISTS (SELECT 1 FROM sale_line l JOIN sales s ON s.sale_id = l.sale_id
              WHERE l.copy_id = w.copy_id AND s.cust_id <> w.cust_id);

UPDATE wants SET st = 'X', notes = coalesce(notes, 'Customer no longer looking')
WHERE st = 'O' AND added_dt < date '2025-06-01' AND want_id % 8 = 3;

-- ---------------------------------------------------------------- trade discount, payment, postage
UPDATE sales s SET disc_pct = 10, pay_cd = CASE WHEN s.chan = 'O' THEN 'B' ELSE s.pay_cd END
FROM customers c WHERE c.cust_id = s.cust_id AND c.trade;

UPDATE sales s
SET postage_amt = CASE WHEN c.country <> 'United Kingdom' THEN 14.00
                       WHEN t.total >= 50 THEN 0
                       ELSE (ARRAY[3.20, 3.95, 4.80])[1 + s.sale_id % 3] END
FROM (SELECT sale_id, sum(price_amt) AS total FROM sale_line GROUP BY sale_id) t,
     customers c
WHERE t.sale_id = s.sale_id AND c.cust_id = s.cust_id AND s.chan = 'O';

-- customers first appear no later than their first purchase or want
UPDATE customers c SET first_dt = least(c.first_dt, f.d)
FROM (SELECT cust_id, min(d) AS d FROM (
          SELECT cust_id, sale_dt AS d FROM sales WHERE cust_id IS NOT NULL
          UNION ALL SELECT cust_id, added_dt FROM wants) u
      GROUP BY cust_id) f
WHERE f.cust_id = c.cust_id;

-- ---------------------------------------------------------------- returns (online orders only)
INSERT INTO returns (ret_id, line_id, ret_dt, reason_cd, refund_amt, refunded_dt, restocked, notes)
SELECT row_number() OVER (ORDER BY line_id)::integer, line_id, ret_dt, reason,
       round(net + CASE WHEN reason IN ('D','L') THEN postage_amt ELSE 0 END, 2),
       NULL, reason = 'M' OR (reason = 'N' AND line_id % 3 = 0),
       CASE reason WHEN 'D' THEN 'Corner bumped in transit' WHEN 'L' THEN 'Royal Mail claim made'
                   WHEN 'N' THEN 'Customer says jacket not as described' END
FROM (
    SELECT l.line_id, s.sale_dt + 4 + (l.line_id % 15) AS ret_dt, s.postage_amt,
           CASE WHEN (l.line_id * 7 % 10) < 3 THEN 'D' WHEN (l.line_id * 7 % 10) < 6 THEN 'N'
                WHEN (l.line_id * 7 % 10) < 9 THEN 'M' ELSE 'L' END AS reason,
           l.price_amt * (1 - s.disc_pct / 100) AS net
    FROM sale_line l JOIN sales s ON s.sale_id = l.sale_id
    WHERE s.chan = 'O' AND (l.line_id * 13 % 100) < 9
) r
WHERE ret_dt <= date '2026-11-30';

-- lost parcels: we wait for the Royal Mail claim before refunding
UPDATE returns SET refunded_dt = ret_dt + CASE WHEN reason_cd = 'L' THEN 21 + ret_id % 10 ELSE 1 + ret_id % 3 END;
UPDATE returns SET refunded_dt = NULL WHERE refunded_dt > date '2026-11-30';

UPDATE returns SET refunded_dt = NULL, notes = 'Customer says not as described - we say it was; still arguing'
WHERE ret_id = (SELECT max(ret_id) FROM returns WHERE reason_cd = 'N' AND NOT restocked AND ret_dt < date '2026-09-01');

-- ---------------------------------------------------------------- stock status
UPDATE stock s SET st = 'S' FROM sale_line l WHERE l.copy_id = s.copy_id;

UPDATE stock s SET st = CASE WHEN r.restocked THEN 'A' ELSE 'W' END,
                   notes = CASE WHEN r.restocked THEN 'Came back from an online order, back on the shelf'
                                WHEN r.reason_cd = 'L' THEN 'Lost in the post'
                                ELSE 'Came back damaged - written off' END
FROM returns r JOIN sale_line l ON l.line_id = r.line_id
WHERE l.copy_id = s.copy_id;

UPDATE stock SET st = 'C', shelf_loc = NULL WHERE st = 'A' AND consignor_id = 7;
UPDATE stock SET st = 'R', notes = coalesce(notes, 'Put by for a customer') WHERE st = 'A' AND copy_id % 41 = 0;
UPDATE stock SET st = 'W', shelf_loc = NULL, notes = 'Water damage - pulped' WHERE st = 'A' AND copy_id % 59 = 0;
UPDATE stock SET shelf_loc = NULL WHERE st IN ('S','W','C');

DROP TABLE _plan;
DROP TABLE _salekey;
