using DevDb.Common;
using DevDb.Processes;
using DevDb.Tests.Infrastructure;
using Npgsql;
using Xunit;
using Xunit.Abstractions;

namespace DevDb.Tests.Integration;

/// <summary>Issue 3's rules on the awkward fixture: children, cut points, virtual keys, budgets.</summary>
public class RelationsTests(ITestOutputHelper output) : IDisposable
{
    readonly DatabasePair _pair = new("awkward.sql");

    PopulateResult Build(string config) => DatabasePair.Build(_pair.Settings(config, output));

    static long LinesPerOrderMax(NpgsqlConnection db) => DatabasePair.Scalar<long>(db, "SELECT coalesce(max(n), 0) FROM (SELECT count(*) n FROM crm.order_line GROUP BY order_id) x");

    [Fact]
    public void Children_of_sampled_orders_come_with_them_all_of_them_without_a_cap()
    {
        var result = Build("""
            default: none
            tables:
              crm.orders: { where: "id <= 20" }
            relations:
              - { from: crm.order_line(order_id), to: crm.orders(id), include: children }
            """);
        using var dev = _pair.OpenDevelopment();
        using var prod = _pair.OpenProduction();
        Assert.Equal(DatabasePair.Scalar<long>(prod, "SELECT count(*) FROM crm.order_line WHERE order_id <= 20"), _pair.Count(dev, "crm.order_line"));
        Assert.Equal(DatabasePair.Scalar<long>(prod, "SELECT count(*) FROM crm.order_line WHERE order_id = 7"), DatabasePair.Scalar<long>(dev, "SELECT count(*) FROM crm.order_line WHERE order_id = 7"));
        Assert.True(DatabasePair.Scalar<long>(dev, "SELECT count(*) FROM crm.order_line WHERE order_id = 7") > 100, "the hot order");
        Assert.Equal(_pair.Count(dev, "crm.order_line"), result["crm.order_line"].AddedAsChildren);
        // the children's parents are closed as usual: the orders' users are there
        Assert.True(result["public.users"].AddedByClosure > 0);
        Checks.AssertForeignKeysHold(dev);
    }

    [Fact]
    public void Children_are_capped_per_parent_in_primary_key_order()
    {
        Build("""
            default: none
            tables:
              crm.orders: { where: "id <= 20" }
            relations:
              - { from: crm.order_line(order_id), to: crm.orders(id), include: children, max_per_parent: 3 }
            """);
        using var dev = _pair.OpenDevelopment();
        Assert.Equal(3, LinesPerOrderMax(dev));
        Assert.Equal("1,2,3", DatabasePair.Scalar<string>(dev, "SELECT string_agg(line::text, ',' ORDER BY line) FROM crm.order_line WHERE order_id = 7"));
        using var prod = _pair.OpenProduction();
        Assert.Equal(DatabasePair.Scalar<long>(prod, "SELECT sum(least(n, 3)) FROM (SELECT count(*) n FROM crm.order_line WHERE order_id <= 20 GROUP BY order_id) x"),
            _pair.Count(dev, "crm.order_line"));
    }

    [Fact]
    public void Children_of_children_follow_transitively()
    {
        Build("""
            default: none
            tables:
              public.users: { where: "id <= 5" }
            relations:
              - { from: crm.orders(user_email), to: public.users(email), include: children }
              - { from: crm.order_line(order_id), to: crm.orders(id), include: children }
            """);
        using var dev = _pair.OpenDevelopment();
        using var prod = _pair.OpenProduction();
        Assert.Equal(DatabasePair.Scalar<long>(prod, "SELECT count(*) FROM crm.orders o JOIN users u ON u.email = o.user_email WHERE u.id <= 5"), _pair.Count(dev, "crm.orders"));
        Assert.Equal(DatabasePair.Scalar<long>(prod, "SELECT count(*) FROM crm.order_line l JOIN crm.orders o ON o.id = l.order_id JOIN users u ON u.email = o.user_email WHERE u.id <= 5"),
            _pair.Count(dev, "crm.order_line"));
        Checks.AssertForeignKeysHold(dev);
    }

    [Fact]
    public void Nullify_cuts_references_to_parents_outside_the_sample_and_keeps_the_rest()
    {
        var result = Build("""
            default: none
            tables:
              public.users: { where: "id % 4 = 0" }
            relations:
              - { from: public.users(referred_by), to: public.users(id), nullify: true }
            """);
        using var dev = _pair.OpenDevelopment();
        using var prod = _pair.OpenProduction();
        Assert.Equal(DatabasePair.Scalar<long>(prod, "SELECT count(*) FROM users WHERE id % 4 = 0"), _pair.Count(dev, "public.users"));
        Assert.Equal(0, result["public.users"].AddedByClosure);
        Assert.True(result["public.users"].Nullified > 0);
        // references to referrers inside the sample are kept
        Assert.Equal(DatabasePair.Scalar<long>(prod, "SELECT count(*) FROM users u WHERE id % 4 = 0 AND referred_by % 4 = 0"),
            DatabasePair.Scalar<long>(dev, "SELECT count(*) FROM users WHERE referred_by IS NOT NULL"));
        Checks.AssertForeignKeysHold(dev);
    }

    [Fact]
    public void A_virtual_key_is_followed_to_parents_and_verified()
    {
        var result = Build("""
            default: none
            tables:
              public.comment: { limit: 50 }
            relations:
              - { from: public.comment(subject_id), to: public.post(id), virtual: true }
            """);
        using var dev = _pair.OpenDevelopment();
        Assert.Equal(50, _pair.Count(dev, "public.comment"));
        Assert.Equal(0, DatabasePair.Scalar<long>(dev, "SELECT count(*) FROM comment c WHERE NOT EXISTS (SELECT 1 FROM post p WHERE p.id = c.subject_id)"));
        Assert.True(result["public.post"].AddedByClosure > 0);
        Assert.Contains("(1 virtual)", result.Verification.Checks.Single(c => c.Name == "foreign keys").Summary);
    }

    [Fact]
    public void A_relation_that_is_not_a_foreign_key_must_say_virtual()
    {
        var e = Assert.Throws<DevDbException>(() => Build("relations:\n  - { from: public.comment(subject_id), to: public.post(id) }\n"));
        Assert.Contains("is not a foreign key in production; add virtual: true", e.Message);
        e = Assert.Throws<DevDbException>(() => Build("relations:\n  - { from: public.comment(no_such), to: public.post(id), virtual: true }\n"));
        Assert.Contains("public.comment has no column \"no_such\"", e.Message);
        e = Assert.Throws<DevDbException>(() => Build("relations:\n  - { from: public.post(author_id), to: public.users(id), nullify: true }\n"));
        Assert.Contains("cannot nullify public.post.author_id, it is NOT NULL", e.Message);
    }

    [Fact]
    public void The_size_budget_stops_a_fan_out_naming_the_relationship_and_keeps_the_old_data()
    {
        const string children = """
            default: none
            tables:
              crm.orders: { where: "id <= 20" }
            relations:
              - { from: crm.order_line(order_id), to: crm.orders(id), include: children }
            """;
        Build(children);
        Dictionary<string, string> before;
        using (var dev = _pair.OpenDevelopment()) before = Snapshot.Tables(dev, "public", "crm");

        var e = Assert.Throws<DevDbException>(() => DatabasePair.UpdateData(_pair.Settings(children + "\nmax_rows: { crm.order_line: 100 }\n", output)));
        output.WriteLine(e.Message);
        Assert.Contains("crm.order_line would hold", e.Message);
        Assert.Contains("over its max_rows of 100", e.Message);
        Assert.Contains("after following crm.order_line(order_id) -> crm.orders(id) to its children", e.Message);
        using (var dev = _pair.OpenDevelopment()) Assert.Equal(before, Snapshot.Tables(dev, "public", "crm"));
    }

    public void Dispose() => _pair.Dispose();
}

/// <summary>The awkward schema, sampled with every rule kind: it must just work, twice, identically.</summary>
public class AwkwardSchemaTests(ITestOutputHelper output) : IDisposable
{
    readonly DatabasePair _pair = new("awkward.sql");
    const string Config = """"
        seed: 11
        default: { percent: 40 }
        tables:
          public.event_log: { limit: 100 }
          '"Sales Dept"."Order ""Items"""': { percent: 50, where: "\"select\" % 2 = 0" }
        relations:
          - { from: public.comment(subject_id), to: public.post(id), virtual: true }
          - { from: crm.order_line(order_id), to: crm.orders(id), include: children, max_per_parent: 4 }
          - { from: public.users(referred_by), to: public.users(id), nullify: true }
        """";
    static readonly string[] Schemas = ["public", "crm", "Sales Dept", "s_schema_name_that_is_exactly_sixty_three_bytes_long_xxxxxxxxx"];

    [Fact]
    public void Every_awkward_table_and_type_loads_and_verifies_and_a_second_build_through_three_connections_is_identical()
    {
        var first = DatabasePair.Build(_pair.Settings(Config, output));
        Assert.True(first.Verification.Passed);
        Dictionary<string, string> firstRows;
        using (var dev = _pair.OpenDevelopment())
        {
            firstRows = Snapshot.Tables(dev, Schemas);
            Checks.AssertForeignKeysHold(dev);
            using var prod = _pair.OpenProduction();
            Assert.Equal(Checks.Columns(prod, Schemas), Checks.Columns(dev, Schemas));
            foreach (var table in new[] { "public.users", "crm.orders", "crm.order_line", "\"Sales Dept\".\"Order \"\"Items\"\"\"",
                         "\"Sales Dept\".table_name_that_is_exactly_sixty_three_bytes_long_xxxxxxxxxxxxx", "public.event_log", "public.measurement", "public.secret_note" })
                Assert.True(_pair.Count(dev, table) > 0, table + " is empty");
            // values of every awkward type arrive unchanged
            Assert.Equal(
                DatabasePair.Scalar<string>(prod, "SELECT string_agg(concat_ws('|', profile, tags, avatar, active_during, search, mood, age), ';' ORDER BY id) FROM users WHERE id IN (SELECT unnest($1::int[]))", Ids(dev)),
                DatabasePair.Scalar<string>(dev, "SELECT string_agg(concat_ws('|', profile, tags, avatar, active_during, search, mood, age), ';' ORDER BY id) FROM users"));
            Assert.Equal(0L, DatabasePair.Scalar<long>(dev, "SELECT count(*) FROM measurement WHERE doubled <> value * 2"));
            Assert.Equal(0L, DatabasePair.Scalar<long>(dev, "SELECT count(*) FROM \"Sales Dept\".\"Order \"\"Items\"\"\" WHERE \"select\" % 2 <> 0 AND \"Id\" NOT IN (SELECT item_id FROM \"Sales Dept\".table_name_that_is_exactly_sixty_three_bytes_long_xxxxxxxxxxxxx)"));
            Assert.Equal(100L, _pair.Count(dev, "public.event_log"));
            // inheritance: each row once, in the table production keeps it in
            Assert.Equal(DatabasePair.Scalar<long>(dev, "SELECT count(DISTINCT id) FROM vehicle"), _pair.Count(dev, "public.vehicle"));
            Assert.Equal(0L, DatabasePair.Scalar<long>(dev, "SELECT count(*) FROM ONLY vehicle WHERE id > 100"));
            Assert.Equal(0L, DatabasePair.Scalar<long>(dev, "SELECT count(*) FROM ONLY car WHERE id NOT BETWEEN 101 AND 300"));
            Assert.Equal(0L, DatabasePair.Scalar<long>(dev, "SELECT count(*) FROM ONLY truck WHERE id NOT BETWEEN 301 AND 400"));
            Assert.Equal(0L, DatabasePair.Scalar<long>(dev, "SELECT count(*) FROM ONLY pickup WHERE id NOT BETWEEN 401 AND 450"));
            Assert.True(DatabasePair.Scalar<long>(dev, "SELECT count(*) FROM ONLY car") > 0);
            Assert.True(DatabasePair.Scalar<long>(dev, "SELECT count(*) FROM ONLY pickup") > 0);
            Assert.Equal(0L, DatabasePair.Scalar<long>(dev, "SELECT count(*) FROM car c JOIN ONLY vehicle v USING (id)"));
        }

        // Same seed, same production: the same developer database, row for row, also when three
        // connections fetch it (key batches of quoted, composite and inherited keys handed over).
        var log = new StringWriter();
        var second = DatabasePair.Build(_pair.Settings(Config + "\nparallel: 3\n", log: log));
        output.WriteLine(log.ToString());
        Assert.Contains("Fetching through 3 connections at once", log.ToString());
        Assert.True(second.Verification.Passed);
        using (var dev = _pair.OpenDevelopment()) Assert.Equal(firstRows, Snapshot.Tables(dev, Schemas));

        // Another seed samples other rows.
        DatabasePair.Build(_pair.Settings(Config.Replace("seed: 11", "seed: 12"), output));
        using (var dev = _pair.OpenDevelopment()) Assert.NotEqual(firstRows["public.post"], Snapshot.Tables(dev, Schemas)["public.post"]);
    }

    static int[] Ids(NpgsqlConnection dev)
    {
        var ids = new List<int>();
        using var cmd = new NpgsqlCommand("SELECT id FROM users", dev);
        using var r = cmd.ExecuteReader();
        while (r.Read()) ids.Add(r.GetInt32(0));
        return ids.ToArray();
    }

    public void Dispose() => _pair.Dispose();
}
