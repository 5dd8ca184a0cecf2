using DevDb.Processes;
using DevDb.Tests.Infrastructure;
using Xunit;
using Xunit.Abstractions;

namespace DevDb.Tests.Integration;

public class PlanTests(ITestOutputHelper output) : IDisposable
{
    readonly DatabasePair _pair = new();
    const string Config = """
        seed: 3
        default: { percent: 20 }
        tables:
          public.country: all
          audit.audit_log: none
          public.customer: { where: "active", limit: 100 }
        relations:
          - { from: public.order_line(order_id), to: public.orders(id), include: children, max_per_parent: 2 }
        """;

    [Fact]
    public void Plan_writes_nothing_and_its_estimates_match_the_outcome_within_a_factor_of_two()
    {
        var settings = _pair.Settings(Config, output);
        long objectsBefore;
        using (var prod = _pair.OpenProduction()) objectsBefore = DatabasePair.Scalar<long>(prod, "SELECT count(*) FROM pg_class");

        var plan = PlanProcess.Run(settings, Preflight.Run(settings));

        _pair.Admin(c => Assert.False(Checks.DatabaseExists(c, _pair.Development), "Plan created the developer database"));
        using (var prod = _pair.OpenProduction()) Assert.Equal(objectsBefore, DatabasePair.Scalar<long>(prod, "SELECT count(*) FROM pg_class"));

        var actual = DatabasePair.Build(settings);
        foreach (var planned in plan)
        {
            var outcome = actual.Tables.Single(t => t.Table == planned.Table);
            output.WriteLine($"{planned.Table}: planned {planned.AfterClosure:0} (sampled {planned.Sampled:0}), actual {outcome.Rows} (sampled {outcome.Seeded})");
            Assert.Equal(outcome.Rule, planned.Rule);
            if (outcome.Rows < 100) continue;
            Assert.InRange(planned.AfterClosure, outcome.Rows / 2.0, outcome.Rows * 2.0);
        }
        Assert.Equal(2000, plan.Single(p => p.Table.Name == "orders").ProductionRows, 0);
        Assert.Contains("public.order_line(order_id) ≤2 each", plan.Single(p => p.Table.Name == "orders").ToChildren);
        Assert.Contains("public.customer(id)", plan.Single(p => p.Table.Name == "orders").ToParents);
        Assert.Equal(0, plan.Single(p => p.Table.Name == "audit_log").AfterClosure);
    }

    [Fact]
    public void Plan_exits_nonzero_naming_a_config_error()
    {
        var config = Path.Combine(_pair.WorkDirectory, "plan.yml");
        File.WriteAllText(config, _pair.WithDecisions("relations:\n  - { from: public.orders(no_such_column), to: public.customer(id) }\n"));
        var result = CakeProcess.Cake(["--target=PlanDevDb", "--config=" + config, .. _pair.CakeConnection()], _pair.CakeEnvironment());
        output.WriteLine(result.ToString());
        Assert.Equal(2, result.ExitCode);
        Assert.Equal("error: plan.yml: relations: public.orders has no column \"no_such_column\"", Assert.Single(result.ErrorLines));
    }

    public void Dispose() => _pair.Dispose();
}
