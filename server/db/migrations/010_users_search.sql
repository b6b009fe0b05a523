-- User list: accent- and case-insensitive search, and the sort keys of the keyset cursor.
-- pg_trgm is not available on PGlite by default, so the search carries its own
-- trigrams: a folded text column, a GIN index on its trigrams
-- (finds the few candidate rows), and a LIKE on the text to confirm each one.
-- Every sort has its own btree index so a page is read straight off the index.

-- Folds text for search and sorting: letters of the Latin, Greek and Cyrillic
-- blocks lose their accents and case (`Lefèvre` -> `lefevre`, `ÉLODIE` ->
-- `elodie`), combining marks are dropped, and ligatures are spelled out
-- (`œ` -> `oe`). The table is explicit rather than lower()/unaccent, so it
-- is the same on every server whatever its locale, and immutable so generated
-- columns and indexes can use it. The list route folds the query with it too.
-- translate() looks each character up in its list from the left, so the list
-- opens with the characters names, emails and logins are mostly made of
-- (mapped to themselves): a row costs a few comparisons per character, not a
-- scan of the whole table (100,000 rows: well under a second, not 20 s).
create function suite_fold(value text) returns text
  language sql immutable strict parallel safe
  as $fold$ select replace(replace(replace(replace(translate(value,
    'abcdefghijklmnopqrstuvwxyz .@-0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZàáâãäåçèéêëìíîïñòóôõöøùúûüýÿÀÁÂÃÄÅÆÇÈÉÊËÌÍÎÏÐÑÒÓÔÕÖØÙÚÛÜÝÞĀāĂăĄąĆćĈĉĊċČčĎďĐđĒēĔĕĖėĘęĚěĜĝĞğĠġĢģĤĥĦħĨĩĪīĬĭĮįİıĲĴĵĶķĹĺĻļĽľĿŁłŃńŅņŇňŊŌōŎŏŐőŒŔŕŖŗŘřŚśŜŝŞşŠšŢţŤťŦŧŨũŪūŬŭŮůŰűŲųŴŵŶŷŸŹźŻżŽžƁƂƄƆƇƉƊƋƎƏƐƑƓƔƖƗƘƜƝƟƠơƢƤƦƧƩƬƮƯưƱƲƳƵƷƸƼǄǅǇǈǊǋǍǎǏǐǑǒǓǔǕǖǗǘǙǚǛǜǞǟǠǡǢǣǤǦǧǨǩǪǫǬǭǮǯǰǱǲǴǵǶǷǸǹǺǻǼǽǾǿȀȁȂȃȄȅȆȇȈȉȊȋȌȍȎȏȐȑȒȓȔȕȖȗȘșȚțȜȞȟȠȢȤȦȧȨȩȪȫȬȭȮȯȰȱȲȳȺȻȽȾɁɃɄɅɆɈɊɌɎͰͲʹͶͿΆΈΉΊΌΎΏΐΑΒΓΔΕΖΗΘΙΚΛΜΝΞΟΠΡΣΤΥΦΧΨΩΪΫάέήίΰϊϋόύώϏϓϔϘϚϜϞϠϢϤϦϨϪϬϮϴϷϹϺϽϾϿЀЁЂЃЄЅІЇЈЉЊЋЌЍЎЏАБВГДЕЖЗИЙКЛМНОПРСТУФХЦЧШЩЪЫЬЭЮЯйѐёѓїќѝўѠѢѤѦѨѪѬѮѰѲѴѶѷѸѺѼѾҀҊҌҎҐҒҔҖҘҚҜҞҠҢҤҦҨҪҬҮҰҲҴҶҸҺҼҾӀӁӂӃӅӇӉӋӍӐӑӒӓӔӖӗӘӚӛӜӝӞӟӠӢӣӤӥӦӧӨӪӫӬӭӮӯӰӱӲӳӴӵӶӸӹӺӼӾḀḁḂḃḄḅḆḇḈḉḊḋḌḍḎḏḐḑḒḓḔḕḖḗḘḙḚḛḜḝḞḟḠḡḢḣḤḥḦḧḨḩḪḫḬḭḮḯḰḱḲḳḴḵḶḷḸḹḺḻḼḽḾḿṀṁṂṃṄṅṆṇṈṉṊṋṌṍṎṏṐṑṒṓṔṕṖṗṘṙṚṛṜṝṞṟṠṡṢṣṤṥṦṧṨṩṪṫṬṭṮṯṰṱṲṳṴṵṶṷṸṹṺṻṼṽṾṿẀẁẂẃẄẅẆẇẈẉẊẋẌẍẎẏẐẑẒẓẔẕẖẗẘẙẛẞẠạẢảẤấẦầẨẩẪẫẬậẮắẰằẲẳẴẵẶặẸẹẺẻẼẽẾếỀềỂểỄễỆệỈỉỊịỌọỎỏỐốỒồỔổỖỗỘộỚớỜờỞởỠỡỢợỤụỦủỨứỪừỬửỮữỰựỲỳỴỵỶỷỸỹỺỼỾ̴̵̶̷̸̡̢̧̨̛̖̗̘̙̜̝̞̟̠̣̤̥̦̩̪̫̬̭̮̯̰̱̲̳̹̺̻̼͇͈͉͍͎̀́̂̃̄̅̆̇̈̉̊̋̌̍̎̏̐̑̒̓̔̽̾̿̀́͂̓̈́͆͊͋͌̕̚ͅ͏͓͔͕͖͙͚͐͑͒͗͛ͣͤͥͦͧͨͩͪͫͬͭͮͯ͘͜͟͢͝͞͠͡',
    'abcdefghijklmnopqrstuvwxyz .@-0123456789abcdefghijklmnopqrstuvwxyzaaaaaaceeeeiiiinoooooouuuuyyaaaaaaæceeeeiiiiðnoooooouuuuyþaaaaaaccccccccddddeeeeeeeeeegggggggghhhhiiiiiiiiiiĳjjkkllllllŀllnnnnnnŋooooooœrrrrrrssssssssttttttuuuuuuuuuuuuwwyyyzzzzzzɓƃƅɔƈɖɗƌǝəɛƒɠɣɩɨƙɯɲɵooƣƥʀƨʃƭʈuuʊʋƴƶʒƹƽǆǆǉǉǌǌaaiioouuuuuuuuuuaaaaææǥggkkooooʒʒjǳǳggƕƿnnaaææøøaaaaeeeeiiiioooorrrruuuussttȝhhƞȣȥaaeeooooooooyyⱥȼƚⱦɂƀʉʌɇɉɋɍɏͱͳʹͷϳαεηιουωιαβγδεζηθικλμνξοπρστυφχψωιυαεηιυιυουωϗϒϒϙϛϝϟϡϣϥϧϩϫϭϯθϸϲϻͻͼͽееђгєѕііјљњћкиуџабвгдежзииклмнопрстуфхцчшщъыьэюяиеегікиуѡѣѥѧѩѫѭѯѱѳѵѵѵѹѻѽѿҁҋҍҏґғҕҗҙқҝҟҡңҥҧҩҫҭүұҳҵҷҹһҽҿӏжжӄӆӈӊӌӎааааӕееәәәжжззӡииииооөөөээууууууччӷыыӻӽӿaabbbbbbccddddddddddeeeeeeeeeeffgghhhhhhhhhhiiiikkkkkkllllllllmmmmmmnnnnnnnnoooooooopppprrrrrrrrssssssssssttttttttuuuuuuuuuuvvvvwwwwwwwwwwxxxxyyzzzzzzhtwyſßaaaaaaaaaaaaaaaaaaaaaaaaeeeeeeeeeeeeeeeeiiiioooooooooooooooooooooooouuuuuuuuuuuuuuyyyyyyyyỻỽỿ'),
    'æ', 'ae'), 'œ', 'oe'), 'ß', 'ss'), 'ĳ', 'ij') $fold$;

-- The distinct three-letter pieces of a text: `lefevre` -> {efe,evr,fev,lef,vre}. A word
-- contains another only if it contains all of its trigrams, so `@>` on these
-- arrays narrows a substring search to a handful of rows through a GIN index.
create function suite_trigrams(value text) returns text[]
  language sql immutable strict parallel safe
  as $tri$ select coalesce(array_agg(distinct substr(value, i, 3)), '{}') from generate_series(1, length(value) - 2) as i $tri$;

alter table users
  add column search_text text generated always as (
    suite_fold(first_name || ' ' || last_name || ' ' || coalesce(email, '') || ' ' || login || ' ' || user_code)) stored,
  add column last_name_key text generated always as (suite_fold(last_name)) stored,
  add column first_name_key text generated always as (suite_fold(first_name)) stored,
  -- Statuses sort in lifecycle order and roles by rank, not alphabetically (the labels are translated anyway).
  add column status_rank smallint generated always as (
    case status when 'pending' then 1 when 'invited' then 2 when 'active' then 3 when 'inactive' then 4 when 'banned' then 5 else 6 end) stored,
  add column role_rank smallint generated always as (
    case role when 'super_admin' then 1 when 'admin' then 2 when 'operator' then 3 else 4 end) stored;

-- An expression index: the trigram arrays live only in the index, not in every row.
create index users_search on users using gin ((suite_trigrams(search_text)));

-- One index per sort key, (client, key..., id): ascending reads it forwards, descending backwards.
create index users_sort_last_name on users (client_id, last_name_key, first_name_key, id);
create index users_sort_first_name on users (client_id, first_name_key, last_name_key, id);
create index users_sort_email on users (client_id, (coalesce(lower(email), '')), id);
create index users_sort_login on users (client_id, (lower(login)), id);
create index users_sort_status on users (client_id, status_rank, last_name_key, first_name_key, id);
create index users_sort_role on users (client_id, role_rank, last_name_key, first_name_key, id);
create index users_sort_created on users (client_id, created_at, id);
create index users_sort_invited on users (client_id, (coalesce(invited_at, '-infinity'::timestamptz)), id);
create index users_sort_code on users (client_id, user_code, id);

-- The common filtered views ("all inactive users", "the operators") in the default order.
create index users_filter_status_name on users (client_id, status, last_name_key, first_name_key, id);
create index users_filter_role on users (client_id, role);
create index users_filter_account_type on users (client_id, account_type);

-- applyDueSuspensions runs before every user read: with this index it touches
-- only the users that have a date, not the whole client (the 002 index leaves
-- out `pending`, so its query could not use it).
create index users_suspension_due_all on users (client_id, suspension_date) where suspension_date is not null and status in ('pending', 'invited', 'active');

-- The pool filter and its count read (pool, user) pairs from the index alone.
create index user_licence_pools_pool_user on user_licence_pools (pool_id, user_id);
