using DevDb.Masking;
using DevDb.Common;
using DevDb.Processes;
using DevDb.Tests.Infrastructure;
using Npgsql;
using Xunit;
using Xunit.Abstractions;

namespace DevDb.Tests.Integration;

public class MaskingTests(ITestOutputHelper output) : IDisposable
{
    readonly DatabasePair _pair = new("people.sql");
    const string Key = "test-masking-key-1";

    const string Masks = """
        mask:
          public.customer.email: email
          public.customer.first_name: first_name
          public.customer.last_name: last_name
          public.customer.full_name: full_name
          public.customer.phone: phone
          public.customer.street: street_address
          public.customer.city: city
          public.customer.postcode: postcode
          public.customer.last_ip: ip
          public.customer.birth_date: { date_shift: 30 }
          public.customer.ssn: hash
          public.customer.iban: { partial: { keep_last: 2 } }
          public.customer.nickname: { sql: "'user-' || id" }
          public.customer.note: null
          public.customer.contact: email
          public.customer.ref: hash
          public.customer.password: { value: "masked" }
          public.newsletter_signup.email: email
          public.login.username: full_name
        keep:
          - public.customer.created_at
        """;

    const string Config = """
        default: all
        tables:
          public.customer: { where: "id <= 100" }
          public.account: { limit: 300 }
          public.login: none
          public.session: { limit: 400 }
        """ + "\n" + Masks;

    DevDbSettings Settings(string config, string? key = Key, StringWriter? log = null) =>
        DevDbSettings.Resolve(_pair.Arguments(WriteConfig(config)), _pair.RepositoryRoot,
            log is null ? Reporter.ToWriter(new OutputWriter(output)) : Reporter.ToWriter(log), DatabasePair.Environment(key), _pair.WorkDirectory);

    string WriteConfig(string config)
    {
        var path = Path.Combine(_pair.WorkDirectory, "devdb.yml");
        File.WriteAllText(path, config);
        return path;
    }

    Dictionary<int, Dictionary<string, string?>> Rows(NpgsqlConnection db, string table, string columns)
    {
        var rows = new Dictionary<int, Dictionary<string, string?>>();
        using var cmd = new NpgsqlCommand($"SELECT id, {columns} FROM {table}", db);
        using var r = cmd.ExecuteReader();
        while (r.Read())
            rows[r.GetInt32(0)] = Enumerable.Range(1, r.FieldCount - 1).ToDictionary(r.GetName, i => r.IsDBNull(i) ? null : Convert.ToString(r.GetValue(i), System.Globalization.CultureInfo.InvariantCulture));
        return rows;
    }

    [Fact]
    public void Every_masker_writes_a_value_of_its_kind_and_never_production_s()
    {
        var result = DatabasePair.Build(Settings(Config));
        Assert.True(result.Verification.Passed);
        const string columns = "email, first_name, last_name, full_name, phone, street, city, postcode, host(last_ip) AS last_ip, birth_date::text AS birth_date, ssn, iban, nickname, note, password, created_at::text AS created_at";
        using var dev = _pair.OpenDevelopment();
        using var prod = _pair.OpenProduction();
        var local = Rows(dev, "customer", columns);
        var real = Rows(prod, "customer", columns);
        Assert.True(local.Count > 100, "closure through account.owner_email brought more customers");
        var pools = MaskPools.Pools;
        foreach (var (id, row) in local)
        {
            var original = real[id];
            foreach (var column in row.Keys.Where(c => c != "created_at" && c != "note"))
                Assert.NotEqual(original[column], row[column]);
            Assert.Matches(@"^[a-z]\.[a-z]{1,8}\.[0-9a-f]{16}@example\.(com|org|net)$", row["email"]);
            Assert.True(row["email"]!.Length <= 40);
            Assert.True(row["first_name"]!.Length <= 8);
            Assert.Contains(row["last_name"], pools["last_name"]);
            Assert.Contains(row["phone"], pools["phone"]);
            Assert.Contains(row["street"], pools["street_address"]);
            Assert.Contains(row["city"], pools["city"]);
            Assert.Contains(row["postcode"], pools["postcode"]);
            Assert.StartsWith("10.", row["last_ip"]);
            var shift = (DateTime.Parse(row["birth_date"]!) - DateTime.Parse(original["birth_date"]!)).TotalDays;
            Assert.InRange(Math.Abs(shift), 1, 30);
            Assert.Matches("^[0-9a-f]{64}$", row["ssn"]);
            Assert.Equal(new string('*', original["iban"]!.Length - 2) + original["iban"]![^2..], row["iban"]);
            Assert.Equal("user-" + id, row["nickname"]);
            Assert.Null(row["note"]);
            Assert.Equal("masked", row["password"]);
            Assert.Equal(original["created_at"], row["created_at"]);
        }
        Assert.Contains("masked columns", result.Verification.Checks.Select(c => c.Name));
    }

    [Fact]
    public void Unique_masked_keys_never_collide_and_foreign_keys_through_them_still_join()
    {
        var result = DatabasePair.Build(Settings(Config.Replace("public.customer: { where: \"id <= 100\" }", "public.customer: all")));
        using var dev = _pair.OpenDevelopment();
        Assert.Equal(2000L, _pair.Count(dev, "customer"));
        Assert.Equal(2000L, DatabasePair.Scalar<long>(dev, "SELECT count(DISTINCT email) FROM customer"));
        Checks.AssertForeignKeysHold(dev);
        // account.owner_email references the masked customer.email: masked the same way, it still joins
        Assert.Equal(300L, DatabasePair.Scalar<long>(dev, "SELECT count(*) FROM account a JOIN customer c ON c.email = a.owner_email"));
        Assert.Equal(0L, DatabasePair.Scalar<long>(dev, "SELECT count(*) FROM account WHERE owner_email LIKE '%corp.test'"));
        // a masked primary key: distinct values, its referencing rows closed through it and joining
        Assert.Equal(_pair.Count(dev, "login"), DatabasePair.Scalar<long>(dev, "SELECT count(DISTINCT username) FROM login"));
        Assert.True(_pair.Count(dev, "login") > 100);
        Assert.Equal(400L, DatabasePair.Scalar<long>(dev, "SELECT count(*) FROM session s JOIN login l USING (username)"));
        Assert.Equal(0L, DatabasePair.Scalar<long>(dev, "SELECT count(*) FROM login WHERE username LIKE '%_handle'"));
        Assert.Contains("not comparable by primary key: public.login", result.Verification.Checks.Single(c => c.Name == "masked columns").Summary);
        // and the newsletter's copies of customers' addresses still match theirs
        using var prod = _pair.OpenProduction();
        var joined = "SELECT count(*) FROM newsletter_signup n JOIN customer c ON c.email = n.email";
        Assert.Equal(DatabasePair.Scalar<long>(prod, joined), DatabasePair.Scalar<long>(dev, joined));
    }

    [Fact]
    public void Masks_are_deterministic_across_builds_and_change_with_the_key()
    {
        DatabasePair.Build(Settings(Config));
        Dictionary<string, string> first;
        using (var dev = _pair.OpenDevelopment()) first = Snapshot.Tables(dev, "public");
        DatabasePair.Build(Settings(Config));
        using (var dev = _pair.OpenDevelopment()) Assert.Equal(first, Snapshot.Tables(dev, "public"));
        DatabasePair.Build(Settings(Config, key: "another-key"));
        using (var dev = _pair.OpenDevelopment())
        {
            var other = Snapshot.Tables(dev, "public");
            Assert.NotEqual(first["public.customer"], other["public.customer"]);
            Assert.Equal(first["public.customer"].Split(':')[0], other["public.customer"].Split(':')[0]);
        }
    }

    /// <summary>
    /// The definitions masked values follow, computed here without the database: SHA-256 of the
    /// derived key, the masker's name and the value, whose first 60 bits choose. A pool's next value
    /// stands in for one equal to the input. A rewrite of the SQL maskers that changed any developer
    /// database's values fails here.
    /// </summary>
    static ulong First60Bits(string kind, string value)
    {
        var bytes = System.Text.Encoding.UTF8.GetBytes(MaskSession.DerivedKey(Key) + "\u001f" + kind + "\u001f" + value);
        return System.Buffers.Binary.BinaryPrimitives.ReadUInt64BigEndian(System.Security.Cryptography.SHA256.HashData(bytes)) >> 4;
    }

    static string ExpectedPoolValue(string kind, string value)
    {
        var pool = MaskPools.Pools[kind];
        var index = (int)(First60Bits(kind, value) % (ulong)pool.Length);
        return pool[index] == value ? pool[(index + 1) % pool.Length] : pool[index];
    }

    /// <summary>A shift of 1 to max days, earlier when bit 40 of the number is clear.</summary>
    static DateTime ExpectedShiftedDate(DateTime date, int maxDays)
    {
        var n = First60Bits("date_shift", date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        var days = 1 + (int)(n % (ulong)maxDays);
        return date.AddDays(((n >> 40) & 1) == 1 ? days : -days);
    }

    /// <summary>An address in 10.0.0.0/8 from the number's last 24 bits (the input is inet's text form).</summary>
    static string ExpectedIp(string inetText)
    {
        var n = First60Bits("ip", inetText);
        return $"10.{(n >> 16) & 255}.{(n >> 8) & 255}.{n & 255}";
    }

    [Fact]
    public void Masked_values_follow_their_definition_from_value_and_key()
    {
        DatabasePair.Build(Settings(Config));
        const string columns = "last_name, city, birth_date::text AS birth_date, last_ip::text AS last_ip, host(last_ip) AS host";
        Dictionary<int, Dictionary<string, string?>> production, development;
        using (var prod = _pair.OpenProduction()) production = Rows(prod, "customer", columns);
        using (var dev = _pair.OpenDevelopment()) development = Rows(dev, "customer", columns);
        Assert.True(development.Count >= 100, $"{development.Count} customers");
        foreach (var (id, row) in development)
        {
            var original = production[id];
            Assert.Equal(ExpectedPoolValue("last_name", original["last_name"]!), row["last_name"]);
            Assert.Equal(ExpectedPoolValue("city", original["city"]!), row["city"]);
            var birth = DateTime.Parse(original["birth_date"]!, System.Globalization.CultureInfo.InvariantCulture);
            Assert.Equal(ExpectedShiftedDate(birth, 30).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), row["birth_date"]);
            Assert.Equal(ExpectedIp(original["last_ip"]!), row["host"]);
        }
    }

    [Fact]
    public void No_production_value_of_a_masked_column_is_in_the_developer_database_or_its_dump_and_the_key_is_nowhere()
    {
        var settings = Settings(Config);
        DatabasePair.Build(settings);
        var dump = DumpProcess.Run(settings);
        var env = new Dictionary<string, string?> { ["PGPASSWORD"] = _pair.Server.SuperuserPassword };
        var everything = DevDb.Tools.PgTools.Run(DevDb.Tools.PgTools.Find("pg_dump"),
            ["--host=" + _pair.Server.Host, "--port=" + _pair.Server.Port, "--username=" + _pair.Server.Superuser, _pair.Development], env).StandardOutput;
        var restored = DevDb.Tools.PgTools.Run(DevDb.Tools.PgTools.Find("pg_restore"), ["--file=-", dump], env).StandardOutput;
        Assert.Contains("COPY public.customer", everything);
        foreach (var text in new[] { everything, restored })
        {
            foreach (var leak in new[] { "_handle", ".leak@corp.test", ".other@corp.test", "4111 1111", "Xylo", "Quuxstraat", "Quuxcity", "QX ", "192.168.", "SSN-", "NL91QUUX", "pw-", "+31 6 ", "note 2" })
                Assert.DoesNotContain(leak, text);
            Assert.DoesNotContain(Key, text);
            Assert.DoesNotContain(MaskSession.DerivedKey(Key), text);
        }
        Assert.DoesNotContain(Key, File.ReadAllText(settings.SchemaFile));
    }

    [Fact]
    public void Masking_rules_that_need_a_key_refuse_to_run_without_one()
    {
        var e = Assert.Throws<DevDbException>(() => Preflight.Run(Settings(Config, key: null)));
        Assert.Equal("DEVDB_MASK_KEY is not set, and masking rules need it: set it to a secret kept outside the repository", e.Message);
        _pair.Admin(c => Assert.False(Checks.DatabaseExists(c, _pair.Development)));
    }

    [Fact]
    public void Personal_columns_without_a_decision_stop_the_build_before_anything_with_a_block_to_paste()
    {
        var log = new StringWriter();
        var e = Assert.Throws<DevDbException>(() => DatabasePair.Build(Settings("default: all\n", log: log)));
        output.WriteLine(log.ToString());
        Assert.StartsWith("18 personal-looking columns have no mask or keep decision in devdb.yml: public.customer.email, public.customer.first_name", e.Message);
        var block = log.ToString();
        Assert.Contains("mask:", block);
        Assert.Contains("  public.customer.email: email", block);
        Assert.Contains("  public.customer.full_name: full_name", block);
        Assert.Contains("  public.customer.birth_date: { date_shift: 180 }", block);
        Assert.Contains("  public.customer.password: { value: \"masked\" }", block);
        Assert.Contains("  public.customer.note: lorem", block);
        Assert.Contains("  public.customer.ssn: digits", block);
        Assert.Contains("public.newsletter_signup.email: email", block);
        Assert.Contains("public.customer.contact: email", block);
        Assert.Contains("high: its values look like email addresses", block);
        Assert.Contains("public.customer.ref: digits", block);
        Assert.Contains("its values look like card numbers", block);
        Assert.DoesNotContain("public.account.owner_email", block); // a foreign key follows the key it references
        _pair.Admin(c => Assert.False(Checks.DatabaseExists(c, _pair.Development)));

        // The printed block, pasted, is a valid decision for every column.
        var pasted = block[block.IndexOf("mask:", StringComparison.Ordinal)..];
        var result = DatabasePair.Build(Settings("default: all\n" + pasted));
        Assert.True(result.Verification.Passed);
    }

    [Fact]
    public void A_column_production_gains_is_flagged_by_UpdateDevDbSchema()
    {
        DatabasePair.Build(Settings(Config));
        using (var prod = _pair.OpenProduction()) DatabasePair.Exec(prod, "ALTER TABLE customer ADD COLUMN mobile_phone text DEFAULT '+31 6 99999999'");
        long before;
        using (var dev = _pair.OpenDevelopment()) before = _pair.Count(dev, "customer");
        var e = Assert.Throws<DevDbException>(() => DatabasePair.UpdateSchema(Settings(Config)));
        Assert.StartsWith("1 personal-looking column has no mask or keep decision in devdb.yml: public.customer.mobile_phone", e.Message);
        using (var dev = _pair.OpenDevelopment())
        {
            Assert.Equal(before, _pair.Count(dev, "customer"));
            Assert.Null(DatabasePair.Scalar<string>(dev, "SELECT column_name::text FROM information_schema.columns WHERE table_name = 'customer' AND column_name = 'mobile_phone'"));
        }
        var decided = Config.Replace("  public.customer.email: email", "  public.customer.email: email\n  public.customer.mobile_phone: phone");
        DatabasePair.UpdateSchema(Settings(decided));
        using (var dev = _pair.OpenDevelopment())
            Assert.Equal(0L, DatabasePair.Scalar<long>(dev, "SELECT count(*) FROM customer WHERE mobile_phone LIKE '+31 6 9%'"));
    }

    [Fact]
    public void Verify_finds_a_production_value_in_a_masked_column_and_Plan_shows_every_decision()
    {
        var settings = Settings(Config);
        DatabasePair.Build(settings);
        string realEmail;
        using (var prod = _pair.OpenProduction()) realEmail = DatabasePair.Scalar<string>(prod, "SELECT email FROM customer WHERE id = 1")!;
        using (var dev = _pair.OpenDevelopment())
        {
            DatabasePair.Exec(dev, "SET session_replication_role = replica");
            DatabasePair.Exec(dev, "UPDATE customer SET email = $1 WHERE id = 1", realEmail);
        }
        var e = Assert.Throws<DevDbException>(() => Verifier.RunStandalone(settings));
        Assert.Contains("masked columns: public.customer.email: 1 sampled rows still hold production's value", e.Message);

        var log = new StringWriter();
        PlanProcess.Run(Settings(Config, log: log), Preflight.Run(Settings(Config, log: log)));
        var plan = log.ToString();
        output.WriteLine(plan);
        Assert.Contains("Personal data", plan);
        Assert.Matches(@"public\.customer\.email\s+mask: email", plan);
        Assert.Matches(@"public\.account\.owner_email\s+mask: email \(references public\.customer\.email\)", plan);
        Assert.Matches(@"public\.customer\.created_at\s+keep", plan);
    }

    public void Dispose() => _pair.Dispose();
}
