using System.Text.Json;
using DevDb.Common;
using DevDb.Masking;
using DevDb.Tests.Infrastructure;
using Npgsql;
using Xunit;
using Xunit.Abstractions;

namespace DevDb.Tests.Integration;

/// <summary>The maskers for arrays, JSON, bytes, numbers and formatted text, on real PostgreSQL.</summary>
public class StructuredMaskingTests(ITestOutputHelper output) : IDisposable
{
    readonly DatabasePair _pair = new("payloads.sql");
    const string Key = "structured-masking-key";

    const string Masks = """
        default: all
        mask:
          public.member.handle: username
          public.member.email: email
          public.member.phone: digits
          public.member.national_id: digits
          public.member.home_lat: { jitter: 0.05 }
          public.member.home_lon: { jitter: 0.05 }
          public.member.photo: { value: "" }
          public.member.notes: lorem
          public.member.cc_emails: { each: email }
          public.member.known_ips: { each: ip }
          public.member.profile: json
          public.member.raw_event: json
        keep:
          - public.member.prefs
        """;

    DevDbSettings Settings(string config, StringWriter? log = null) => _pair.Settings(config, output, DatabasePair.Environment(Key), log: log);

    static Dictionary<int, Dictionary<string, object?>> Rows(NpgsqlConnection db, string columns)
    {
        var rows = new Dictionary<int, Dictionary<string, object?>>();
        using var cmd = new NpgsqlCommand($"SELECT id, {columns} FROM member", db);
        using var r = cmd.ExecuteReader();
        while (r.Read())
            rows[r.GetInt32(0)] = Enumerable.Range(1, r.FieldCount - 1).ToDictionary(r.GetName, i => r.IsDBNull(i) ? null : r.GetValue(i));
        return rows;
    }

    [Fact]
    public void Each_masker_writes_its_kind_keeps_the_shape_and_never_production_s_value()
    {
        var result = DatabasePair.Build(Settings(Masks));
        Assert.True(result.Verification.Passed);
        const string columns = "handle, email, phone, national_id, home_lat, home_lon, photo, notes, cc_emails, host(known_ips[1]) AS ip, prefs::text AS prefs, profile::text AS profile, raw_event";
        Dictionary<int, Dictionary<string, object?>> local, real;
        using (var dev = _pair.OpenDevelopment()) local = Rows(dev, columns);
        using (var prod = _pair.OpenProduction()) real = Rows(prod, columns);
        Assert.Equal(400, local.Count);
        foreach (var (id, row) in local)
        {
            var original = real[id];
            Assert.Matches(@"^[a-z._]+_[0-9a-f]{1,16}$", (string)row["handle"]!);   // unique: a suffix, joined as usernames are
            Assert.True(((string)row["handle"]!).Length <= 20);
            Assert.Matches(@"^\+31 6 [0-9]{8}$", (string)row["phone"]!);           // its format, so its CHECK passes
            Assert.NotEqual(original["phone"], row["phone"]);
            Assert.Matches(@"^[0-9]{3}-[0-9]{2}-[0-9]{4}$", ((string)row["national_id"]!).Trim());
            Assert.NotEqual(original["national_id"], row["national_id"]);
            var lat = (decimal)row["home_lat"]!;
            Assert.InRange(Math.Abs(lat - (decimal)original["home_lat"]!), 0.000001m, 0.05m);
            Assert.InRange(Math.Abs((double)row["home_lon"]! - (double)original["home_lon"]!), 1e-9, 0.05);
            Assert.Empty((byte[])row["photo"]!);
            Assert.Equal(original["notes"] is null, row["notes"] is null);
            if (row["notes"] is string notes) Assert.Contains(notes, MaskPools.Pools["lorem"]);

            // an array keeps its length, its empty and NULL elements; each address masks as the column's would
            if (original["cc_emails"] is not string[] ccs) Assert.Null(row["cc_emails"]);
            else
            {
                var masked = (string[])row["cc_emails"]!;
                Assert.Equal(ccs.Length, masked.Length);
                for (var i = 0; i < ccs.Length; i++)
                {
                    Assert.Equal(ccs[i] is null, masked[i] is null);
                    if (masked[i] is { } e) Assert.Matches(@"@example\.(com|org|net)$", e);
                }
            }
            Assert.StartsWith("10.", (string)row["ip"]!);

            // JSON keeps its structure and its other values; what looks personal is masked in place
            using var profile = JsonDocument.Parse((string)row["profile"]!);
            using var originalProfile = JsonDocument.Parse((string)original["profile"]!);
            var contact = profile.RootElement.GetProperty("contact");
            Assert.Matches(@"@example\.(com|org|net)$", contact.GetProperty("email").GetString());
            Assert.NotEqual(originalProfile.RootElement.GetProperty("contact").GetProperty("phone").GetString(), contact.GetProperty("phone").GetString());
            Assert.DoesNotContain("Xylo", contact.GetProperty("name").GetString());
            Assert.Equal("pro", profile.RootElement.GetProperty("plan").GetString());
            Assert.Equal(originalProfile.RootElement.GetProperty("visits").GetInt32(), profile.RootElement.GetProperty("visits").GetInt32());
            Assert.StartsWith("10.", profile.RootElement.GetProperty("ips")[0].GetString());
            Assert.NotEqual(originalProfile.RootElement.GetProperty("ips")[0].GetString(), profile.RootElement.GetProperty("ips")[0].GetString());

            using var raw = JsonDocument.Parse((string)row["raw_event"]!);
            Assert.Equal("signup", raw.RootElement.GetProperty("type").GetString());
            Assert.Matches(@"@example\.(com|org|net)$", raw.RootElement.GetProperty("data").GetProperty("email").GetString());
            Assert.Equal(original["prefs"], row["prefs"]);   // kept
        }
    }

    [Fact]
    public void An_email_masks_alike_in_a_column_an_array_element_and_a_JSON_string()
    {
        using (var prod = _pair.OpenProduction())
            DatabasePair.Exec(prod, "UPDATE member SET cc_emails = ARRAY[email], profile = jsonb_build_object('contact', jsonb_build_object('email', email)) WHERE id <= 50");
        DatabasePair.Build(Settings(Masks));
        using var dev = _pair.OpenDevelopment();
        Assert.Equal(50L, DatabasePair.Scalar<long>(dev, "SELECT count(*) FROM member WHERE id <= 50 AND cc_emails[1] = email AND profile->'contact'->>'email' = email"));
    }

    [Fact]
    public void Json_paths_mask_what_they_name_and_nothing_else()
    {
        var config = Masks.Replace("public.member.profile: json", "public.member.profile: { json: { \"$.contact.email\": email, \"$.ips[*]\": ip, \"$.contact['name']\": null } }");
        DatabasePair.Build(Settings(config));
        using var dev = _pair.OpenDevelopment();
        using var prod = _pair.OpenProduction();
        var masked = DatabasePair.Scalar<string>(dev, "SELECT profile::text FROM member WHERE id = 7")!;
        var original = DatabasePair.Scalar<string>(prod, "SELECT profile::text FROM member WHERE id = 7")!;
        using var m = JsonDocument.Parse(masked);
        using var o = JsonDocument.Parse(original);
        Assert.Matches(@"@example\.(com|org|net)$", m.RootElement.GetProperty("contact").GetProperty("email").GetString());
        Assert.Equal(JsonValueKind.Null, m.RootElement.GetProperty("contact").GetProperty("name").ValueKind);
        Assert.StartsWith("10.", m.RootElement.GetProperty("ips")[0].GetString());
        // not named: kept
        Assert.Equal(o.RootElement.GetProperty("contact").GetProperty("phone").GetString(), m.RootElement.GetProperty("contact").GetProperty("phone").GetString());
    }

    [Fact]
    public void Digits_is_a_keyed_permutation_so_a_unique_column_stays_unique_and_no_value_masks_to_itself()
    {
        DatabasePair.Build(Settings(Masks));
        using var dev = _pair.OpenDevelopment();
        DatabasePair.Exec(dev, "SELECT set_config('devdb.mask_key', 'permutation-test', false)");
        const string outputs = "SELECT lpad(g::text, 3, '0') AS input, devdb.mask_digits('A-' || lpad(g::text, 3, '0')) AS output FROM generate_series(0, 999) g";
        Assert.Equal(1000L, DatabasePair.Scalar<long>(dev, $"SELECT count(DISTINCT output) FROM ({outputs}) x"));
        Assert.Equal(0L, DatabasePair.Scalar<long>(dev, $"SELECT count(*) FROM ({outputs}) x WHERE output = 'A-' || input OR output !~ '^A-[0-9]{{3}}$'"));
        // another key, another permutation
        Assert.NotEqual(DatabasePair.Scalar<string>(dev, "SELECT devdb.mask_digits('555-0132')"),
            DatabasePair.ScalarAfter(dev, "SELECT set_config('devdb.mask_key', 'another-key', false)", "SELECT devdb.mask_digits('555-0132')"));
    }

    [Theory]
    [InlineData("public.member.notes: { jitter: 1 }", "mask: public.member.notes is text: jitter moves numbers")]
    [InlineData("public.member.email: { each: email }", "mask: public.member.email is text: each masks an array's elements")]
    [InlineData("public.member.cc_emails: email", "mask: public.member.cc_emails is character varying(60)[]: an array is masked element by element: write { each: email }")]
    [InlineData("public.member.raw_event: { json: { \"$.data.email\": email } }", "json paths need a json or jsonb column")]
    [InlineData("public.member.email: { date_shift: 10 }", "date_shift moves dates")]
    [InlineData("public.member.home_lat: { jitter: -1 }", "'-1' is not an amount")]
    [InlineData("public.member.profile: { json: { \"contact.email\": email } }", "is not a JSON path: a JSON path starts with $")]
    [InlineData("public.member.profile: { json: { \"$.a\": { sql: \"1\" } } }", "a JSON path takes a masker by name")]
    [InlineData("public.member.cc_emails: { each: json }", "each element takes a masker of one value")]
    public void A_masker_that_cannot_write_its_column_stops_the_build_with_one_line_and_nothing_changed(string rule, string message)
    {
        var config = string.Join('\n', Masks.Split('\n').Where(l => !l.StartsWith("  " + rule.Split(':')[0] + ":", StringComparison.Ordinal))).Replace("mask:\n", "mask:\n  " + rule + "\n");
        var e = Assert.Throws<DevDbException>(() => DatabasePair.Build(Settings(config)));
        Assert.Equal(ExitCodes.BadInput, e.ExitCode);
        Assert.Contains(message, e.Message);
        Assert.DoesNotContain('\n', e.Message);
        _pair.Admin(c => Assert.False(Checks.DatabaseExists(c, _pair.Development)));
    }

    [Fact]
    public void Detection_suggests_these_maskers_and_the_pasted_block_builds()
    {
        var log = new StringWriter();
        Assert.Throws<DevDbException>(() => DatabasePair.Build(Settings("default: all\n", log)));
        var printed = log.ToString();
        output.WriteLine(printed);
        foreach (var line in new[] { "public.member.handle: username", "public.member.email: email", "public.member.phone: digits", "public.member.national_id: digits",
                     "public.member.home_lat: { jitter: 0.05 }", "public.member.photo: { value: \"\" }", "public.member.notes: lorem", "public.member.cc_emails: { each: email }",
                     "public.member.known_ips: { each: ip }", "public.member.profile: json", "public.member.raw_event: json" })
            Assert.Contains("  " + line + " ", printed);
        Assert.DoesNotContain("public.member.prefs:", printed);   // settings, not personal
        var block = printed[printed.IndexOf("mask:", StringComparison.Ordinal)..];
        Assert.True(DatabasePair.Build(Settings("default: all\n" + block)).Verification.Passed);
    }

    public void Dispose() => _pair.Dispose();
}
