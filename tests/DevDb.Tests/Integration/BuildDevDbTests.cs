using DevDb.Processes;
using DevDb.Tests.Infrastructure;
using Npgsql;
using Xunit;
using Xunit.Abstractions;

namespace DevDb.Tests.Integration;

/// <summary>A developer database built once from the shop fixture; each test checks one promise of BuildDevDb.</summary>
public sealed class BuiltShop : DatabasePair
{
    public const string Config = """
        seed: 7
        default: { percent: 10 }
        tables:
          public.country: all
          audit.audit_log: none
          public.page_view: { percent: 20 }
          public.customer: { where: "active", limit: 50 }
          public.product: { limit: 5 }
        """;

    public BuiltShop()
    {
        Settings = Settings(Config, output: null);
        var facts = Preflight.Run(Settings);
        SetupProcess.Run(Settings, facts);
        SchemaProcess.Run(Settings, facts);
        // Production's reads are measured around populate alone (preflight samples a few values too).
        // Vacuumed and analyzed first, its reads flushed to the statistics before the count starts:
        // otherwise autovacuum may pick the freshly loaded page_view while the test measures, and
        // its reads would count as DevDb's.
        using (var prod = OpenProduction())
        {
            Exec(prod, "VACUUM ANALYZE page_view");
            Exec(prod, "SELECT pg_stat_force_next_flush()");
            PageViewBlocksBefore = Checks.WaitForStableBlocks(prod, "page_view");
        }
        Result = PopulateProcess.Run(Settings, facts);
    }

    public DevDbSettings Settings { get; }
    public PopulateResult Result { get; }
    public long PageViewBlocksBefore { get; }
}

public class BuildDevDbTests(BuiltShop shop, ITestOutputHelper output) : IClassFixture<BuiltShop>
{
    [Fact]
    public void Every_production_table_is_there_with_the_same_columns()
    {
        using var prod = shop.OpenProduction();
        using var dev = shop.OpenDevelopment();
        var expected = Checks.Columns(prod, "public", "audit");
        Assert.Contains("public.order_line.line_total:numeric", expected);
        Assert.Equal(expected, Checks.Columns(dev, "public", "audit"));
    }

    [Fact]
    public void Every_foreign_key_holds_after_populate()
    {
        using var dev = shop.OpenDevelopment();
        var checkedKeys = Checks.AssertForeignKeysHold(dev);
        Assert.True(checkedKeys >= 12, $"only {checkedKeys} foreign keys found");
        // The closure really had work to do: sampled orders brought customers, addresses, cities...
        Assert.True(shop.Result.Tables.Single(t => t.Table.Name == "address").AddedByClosure > 0);
        Assert.True(shop.Result.Tables.Single(t => t.Table.Name == "order_line").AddedByClosure > 0, "composite key closure");
        Assert.True(shop.Result.Tables.Single(t => t.Table.Name == "staff").AddedByClosure > 0, "cycle closure");
    }

    [Fact]
    public void All_copies_every_row_and_none_copies_none()
    {
        using var prod = shop.OpenProduction();
        using var dev = shop.OpenDevelopment();
        Assert.Equal(shop.Count(prod, "public.country"), shop.Count(dev, "public.country"));
        Assert.True(shop.Count(prod, "audit.audit_log") > 0);
        // none, and the orders trigger (which writes here) did not fire during the load
        Assert.Equal(0, shop.Count(dev, "audit.audit_log"));
        Assert.Equal(1L, DatabasePair.Scalar<long>(dev, "SELECT count(*) FROM pg_trigger WHERE tgname = 'orders_audit'"));
        Assert.True(shop.Count(dev, "public.orders") > 0);
    }

    [Fact]
    public void Where_with_limit_takes_the_first_matching_rows()
    {
        using var dev = shop.OpenDevelopment();
        var load = shop.Result.Tables.Single(t => t.Table.Name == "customer");
        Assert.Equal(50, load.Seeded);
        // the first 50 active customers by primary key are all there
        using var prod = shop.OpenProduction();
        var firstActive = new List<int>();
        using (var cmd = new NpgsqlCommand("SELECT id FROM customer WHERE active ORDER BY id LIMIT 50", prod))
        using (var r = cmd.ExecuteReader()) while (r.Read()) firstActive.Add(r.GetInt32(0));
        Assert.Equal(50, DatabasePair.Scalar<long>(dev, "SELECT count(*) FROM customer WHERE id = ANY($1)", firstActive.ToArray()));
        Assert.Equal(5, shop.Result.Tables.Single(t => t.Table.Name == "product").Seeded);
    }

    [Fact]
    public void Percent_samples_about_that_share_and_reads_only_the_sampled_blocks_on_production()
    {
        using var prod = shop.OpenProduction();
        using var dev = shop.OpenDevelopment();
        var total = shop.Count(prod, "page_view");
        var sampled = shop.Count(dev, "page_view");
        output.WriteLine($"page_view: {sampled} of {total}");
        Assert.InRange(sampled, total * 0.10, total * 0.30);
        // the summary counts what the block ranges wrote (they go to the server as one batch)
        var load = shop.Result.Tables.Single(t => t.Table.Name == "page_view");
        Assert.Equal(sampled, load.Rows);
        Assert.True(load.Seeded > 0);

        var pages = DatabasePair.Scalar<long>(prod, "SELECT pg_relation_size('page_view') / current_setting('block_size')::int");
        var touched = Checks.WaitForBlocksTouched(prod, "page_view", shop.PageViewBlocksBefore) - shop.PageViewBlocksBefore;
        output.WriteLine($"page_view blocks touched on production: {touched} of {pages}");
        Assert.InRange(touched, 1, pages * 0.5);
    }

    [Fact]
    public void Partitioned_tables_are_sampled_once_through_their_parent()
    {
        using var dev = shop.OpenDevelopment();
        var payments = shop.Count(dev, "public.payment");
        Assert.True(payments > 0);
        Assert.Equal(payments, DatabasePair.Scalar<long>(dev, "SELECT count(DISTINCT (id, paid_at)) FROM payment"));
        Assert.Equal(payments, shop.Count(dev, "public.payment_2023") + shop.Count(dev, "public.payment_2024"));
    }

    [Fact]
    public void Generated_columns_are_computed_and_identity_columns_keep_production_values()
    {
        using var dev = shop.OpenDevelopment();
        Assert.Equal(0, DatabasePair.Scalar<long>(dev, "SELECT count(*) FROM order_line WHERE line_total IS DISTINCT FROM quantity * unit_price"));
        using var prod = shop.OpenProduction();
        var ids = DatabasePair.Scalar<string>(dev, "SELECT string_agg(id || name, ',' ORDER BY id) FROM product WHERE id <= 5");
        Assert.Equal(DatabasePair.Scalar<string>(prod, "SELECT string_agg(id || name, ',' ORDER BY id) FROM product WHERE id <= 5"), ids);
    }

    [Fact]
    public void Inserting_rows_with_default_ids_succeeds_after_populate()
    {
        using var dev = shop.OpenDevelopment();
        using var tx = dev.BeginTransaction();
        DatabasePair.Exec(dev, "INSERT INTO customer (email, name, address_id) SELECT 'new@example.com', 'New', min(id) FROM address");
        DatabasePair.Exec(dev, "INSERT INTO orders (customer_id, ordered_at) SELECT min(id), now() FROM customer");
        DatabasePair.Exec(dev, "INSERT INTO product (name, price) VALUES ('New', 1)");
        DatabasePair.Exec(dev, "INSERT INTO payment (order_id, amount, paid_at) SELECT min(id), 1, '2024-02-02' FROM orders");
        DatabasePair.Exec(dev, "INSERT INTO page_view (url, viewed_at) VALUES ('/', now())");
        tx.Rollback();
    }

    [Fact]
    public void Production_cannot_be_written_through_the_foreign_tables()
    {
        using var dev = shop.OpenDevelopment();
        var e = Assert.Throws<PostgresException>(() => DatabasePair.Exec(dev, "INSERT INTO devdb_prod_public.country VALUES ('XX', 'Nowhere')"));
        Assert.Contains("read-only transaction", e.MessageText);
        Assert.Throws<PostgresException>(() => DatabasePair.Exec(dev, "DELETE FROM devdb_prod_public.orders"));
        using var prod = shop.OpenProduction();
        Assert.Equal(0, DatabasePair.Scalar<long>(prod, "SELECT count(*) FROM country WHERE code = 'XX'"));
        Assert.Equal(2000, shop.Count(prod, "orders"));
    }

    [Fact]
    public void Schema_file_is_production_schema_without_per_run_noise()
    {
        var schema = File.ReadAllText(shop.Settings.SchemaFile);
        Assert.Contains("CREATE TABLE public.orders", schema);
        Assert.Contains("CREATE TABLE audit.audit_log", schema);
        Assert.Contains("CREATE TYPE public.order_status AS ENUM", schema);
        Assert.DoesNotContain("\\restrict", schema);
        Assert.DoesNotContain("OWNER TO", schema);
        Assert.DoesNotContain("devdb", schema);
        // and the dump of it is byte-identical when production did not change
        var again = SchemaProcess.DumpSchema(shop.Settings, Preflight.Run(shop.Settings));
        Assert.Equal(schema, again);
    }

    [Fact]
    public void The_dump_restores_without_production_and_carries_nothing_that_reaches_it()
    {
        var file = DumpProcess.Run(shop.Settings);
        Assert.True(new FileInfo(file).Length > 0);

        var listing = Tool("pg_restore", "--list", file);
        Assert.Equal(0, listing.ExitCode);
        foreach (var forbidden in new[] { " SERVER ", " USER MAPPING ", " FOREIGN TABLE ", "postgres_fdw", "devdb_prod_", "SCHEMA - devdb " })
            Assert.DoesNotContain(forbidden, listing.StandardOutput);
        var script = Tool("pg_restore", "--file=-", file).StandardOutput;
        Assert.Contains("CREATE TABLE public.orders", script);
        Assert.DoesNotContain("devdb_production", script);
        Assert.DoesNotContain("default_transaction_read_only", script);
        Assert.DoesNotContain($"dbname '{shop.Production}'", script);

        var restored = "restored_" + Guid.NewGuid().ToString("N")[..8];
        shop.Admin(c => DatabasePair.Exec(c, $"CREATE DATABASE {restored} TEMPLATE template0"));
        try
        {
            var restore = Tool("pg_restore", "--no-owner", "--exit-on-error", "--dbname=" + restored, file);
            Assert.True(restore.ExitCode == 0, restore.StandardError);
            Assert.Equal("", restore.StandardError.Trim());
            using var copy = shop.Open(restored);
            using var dev = shop.OpenDevelopment();
            string[] tables = ["public.orders", "public.customer", "public.order_line", "public.payment", "public.country"];
            Assert.Equal(Checks.RowCounts(dev, tables), Checks.RowCounts(copy, tables));
            Checks.AssertForeignKeysHold(copy);
        }
        finally
        {
            shop.Admin(c => DatabasePair.Exec(c, $"DROP DATABASE {restored} WITH (FORCE)"));
        }
    }

    [Fact]
    public void A_production_extension_the_developer_server_lacks_stops_the_schema_step_with_its_name()
    {
        var facts = Preflight.Run(shop.Settings);
        var e = Assert.Throws<DevDb.Common.DevDbException>(() => SchemaProcess.Run(shop.Settings, facts with { Extensions = ["no_such_extension"] }));
        Assert.Equal("production uses extension no_such_extension, which the developer server does not have; install it there first", e.Message);
        using var dev = shop.OpenDevelopment();
        Assert.True(shop.Count(dev, "public.orders") > 0);
    }

    /// <summary>
    /// Block sampling's page counts come with preflight's facts (populate opens no production
    /// connection of its own for them): a table's size, and for a partitioned table its largest
    /// partition's, since a TID range applies to each partition in turn.
    /// </summary>
    [Fact]
    public void Preflight_reads_each_table_s_size_in_pages_for_block_sampling()
    {
        var facts = Preflight.Run(shop.Settings);
        using var prod = shop.OpenProduction();
        long Pages(string sql) => DatabasePair.Scalar<long>(prod, sql);
        var pageView = Pages("SELECT pg_relation_size('public.page_view') / current_setting('block_size')::bigint");
        Assert.True(pageView > 1);
        Assert.Equal(pageView, facts.Pages[DevDb.Common.TableName.Parse("public.page_view")]);
        Assert.Equal(Pages("SELECT max(pg_relation_size(relid)) / current_setting('block_size')::bigint FROM pg_partition_tree('public.payment') WHERE isleaf"),
            facts.Pages[DevDb.Common.TableName.Parse("public.payment")]);
        // partitions are sampled through their parent, not listed apart
        Assert.DoesNotContain(DevDb.Common.TableName.Parse("public.payment_2023"), facts.Pages.Keys);
    }

    [Fact]
    public void The_dump_refuses_while_someone_is_connected_unless_forced()
    {
        using var someone = shop.OpenDevelopment();
        var e = Assert.Throws<DevDb.Common.DevDbException>(() => DumpProcess.Run(shop.Settings));
        Assert.Contains("has 1 other session open", e.Message);
        Assert.Contains("--force", e.Message);
        var forced = shop.Settings(BuiltShop.Config, force: true);
        Assert.True(File.Exists(DumpProcess.Run(forced)));
        Assert.Equal("57P01", Assert.Throws<PostgresException>(() => DatabasePair.Scalar<int>(someone, "SELECT 1")).SqlState); // disconnected by --force
    }

    DevDb.Tools.PgTools.Result Tool(string program, params string[] arguments)
    {
        var env = new Dictionary<string, string?>
        {
            ["PGHOST"] = shop.Server.Host, ["PGPORT"] = shop.Server.Port.ToString(), ["PGUSER"] = shop.Server.Superuser,
            ["PGPASSWORD"] = shop.Server.SuperuserPassword,
        };
        return DevDb.Tools.PgTools.Run(DevDb.Tools.PgTools.Find(program), arguments, env);
    }
}
