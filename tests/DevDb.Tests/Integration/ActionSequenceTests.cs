using DevDb.Common;
using DevDb.Tests.Infrastructure;
using Xunit;
using Xunit.Abstractions;

namespace DevDb.Tests.Integration;

/// <summary>The three actions in sequence, with production's schema and data changing in between.</summary>
public class ActionSequenceTests(ITestOutputHelper output) : IDisposable
{
    readonly DatabasePair _pair = new();
    const string Config = """
        default: { percent: 50 }
        tables:
          public.country: all
          public.page_view: { limit: 100 }
        """;

    [Fact]
    public void Build_then_update_schema_then_update_data_follow_production()
    {
        var settings = _pair.Settings(Config, output);
        DatabasePair.Build(settings);
        var firstSchema = File.ReadAllText(settings.SchemaFile);
        var firstWrite = File.GetLastWriteTimeUtc(settings.SchemaFile);
        using (var dev = _pair.OpenDevelopment()) Checks.AssertForeignKeysHold(dev);

        // Nothing changed in production: the schema file stays byte-identical, untouched.
        DatabasePair.UpdateSchema(settings);
        Assert.Equal(firstSchema, File.ReadAllText(settings.SchemaFile));
        Assert.Equal(firstWrite, File.GetLastWriteTimeUtc(settings.SchemaFile));

        using (var prod = _pair.OpenProduction())
        {
            DatabasePair.Exec(prod, "ALTER TABLE customer ADD COLUMN loyalty_tier text DEFAULT 'gold'");
            DatabasePair.Exec(prod, "CREATE TABLE coupon (id serial PRIMARY KEY, customer_id int NOT NULL REFERENCES customer, code text NOT NULL)");
            DatabasePair.Exec(prod, "INSERT INTO coupon (customer_id, code) SELECT id, 'C' || id FROM customer WHERE id % 10 = 0");
            DatabasePair.Exec(prod, "DROP TABLE page_view");
        }

        // Data alone cannot follow a schema change: clear error, developer database untouched.
        long ordersBefore;
        using (var dev = _pair.OpenDevelopment()) ordersBefore = _pair.Count(dev, "orders");
        var e = Assert.Throws<DevDbException>(() => DatabasePair.UpdateData(_pair.Settings(Config, output)));
        Assert.Contains("tables:", e.Message); // the config names page_view, which production dropped
        var withoutRule = _pair.Settings("default: { percent: 50 }\ntables:\n  public.country: all\n", output);
        e = Assert.Throws<DevDbException>(() => DatabasePair.UpdateData(withoutRule));
        Assert.Contains("no longer has table public.page_view", e.Message);
        Assert.Contains("UpdateDevDbSchema", e.Message);
        using (var dev = _pair.OpenDevelopment())
        {
            Assert.Equal(ordersBefore, _pair.Count(dev, "orders"));
            Assert.True(_pair.Count(dev, "page_view") > 0);
        }

        DatabasePair.UpdateSchema(withoutRule);
        var secondSchema = File.ReadAllText(settings.SchemaFile);
        Assert.Contains("loyalty_tier", secondSchema);
        Assert.Contains("CREATE TABLE public.coupon", secondSchema);
        Assert.DoesNotContain("page_view", secondSchema);
        using (var dev = _pair.OpenDevelopment())
        {
            Assert.Equal("gold", DatabasePair.Scalar<string>(dev, "SELECT min(loyalty_tier) FROM customer"));
            Assert.True(_pair.Count(dev, "coupon") > 0);
            Assert.Null(DatabasePair.Scalar<string>(dev, "SELECT to_regclass('public.page_view')::text"));
            Assert.Null(DatabasePair.Scalar<string>(dev, "SELECT to_regclass('devdb_prod_public.page_view')::text"));
            Checks.AssertForeignKeysHold(dev);
        }

        using (var prod = _pair.OpenProduction())
        {
            DatabasePair.Exec(prod, "INSERT INTO country VALUES ('ES', 'Spain')");
            DatabasePair.Exec(prod, "UPDATE country SET name = 'République française' WHERE code = 'FR'");
        }
        DatabasePair.UpdateData(withoutRule);
        using (var dev = _pair.OpenDevelopment())
        {
            Assert.Equal("Spain", DatabasePair.Scalar<string>(dev, "SELECT name FROM country WHERE code = 'ES'"));
            Assert.Equal("République française", DatabasePair.Scalar<string>(dev, "SELECT name FROM country WHERE code = 'FR'"));
            Checks.AssertForeignKeysHold(dev);
        }
        Assert.Equal(secondSchema, File.ReadAllText(settings.SchemaFile));
    }

    public void Dispose() => _pair.Dispose();
}
