using DevDb.Masking;
using System.Globalization;
using System.Text.Json;
using DevDb.Common;
using DevDb.Configuration;
using DevDb.Graph;
using Spectre.Console;

namespace DevDb.Processes;

public sealed record PlannedTable(TableName Table, SamplingRule Rule, string RuleSource, double ProductionRows, double Sampled, double AfterClosure,
    IReadOnlyList<string> ToParents, IReadOnlyList<string> ToChildren);

/// <summary>
/// PlanDevDb: what populate would do, from production's catalog and statistics alone. It reads no
/// table's rows and writes nothing, anywhere.
/// </summary>
public static class PlanProcess
{
    public static IReadOnlyList<PlannedTable> Run(DevDbSettings settings, ProductionFacts production)
    {
        var sql = settings.Sql;
        using var prod = settings.OpenProduction();
        var schemas = (object)production.Schemas.ToArray();
        var model = ModelLoader.Read(settings, prod, production.Schemas.ToArray());

        var rows = prod.Query(sql.Load("plan/table_stats.sql"), r => (table: new TableName(r.GetString(0), r.GetString(1)), rows: r.GetDouble(2)), schemas)
            .ToDictionary(x => x.table, x => x.rows);
        var columns = prod.Query(sql.Load("plan/column_stats.sql"),
                r => (key: (new TableName(r.GetString(0), r.GetString(1)), r.GetString(2)), stats: new KeyStatistics(r.GetDouble(3), r.GetDouble(4))), schemas)
            .ToDictionary(x => x.key, x => x.stats);
        // A composite key is described by its first column's statistics: an approximation, as is all of this.
        var keyStats = model.Graph.ForeignKeys
            .Where(fk => columns.ContainsKey((fk.Child, fk.ChildColumns[0])))
            .ToDictionary(fk => fk, fk => columns[(fk.Child, fk.ChildColumns[0])]);

        var rules = model.Graph.Tables.ToDictionary(t => t, t => (rule: settings.Config.RuleFor(t, out var source), source));
        var seeded = model.Graph.Tables.ToDictionary(t => t, t =>
        {
            var rule = rules[t].rule;
            var whereRows = rule.Where is null ? (double?)null : WhereRows(settings, prod, t, rule.Where);
            return PlanEstimator.Seeded(rule, rows.GetValueOrDefault(t), whereRows);
        });

        var estimates = PlanEstimator.Run(model, rows, seeded, keyStats);
        var planned = estimates.Select(e => new PlannedTable(e.Table, rules[e.Table].rule, rules[e.Table].source, e.ProductionRows, e.Seeded, e.AfterClosure,
            model.ParentKeys.Where(k => k.Child == e.Table).Select(k => $"{k.Parent}({string.Join(", ", k.ParentColumns)})" + (k.Virtual ? " virtual" : "")).Distinct().ToList(),
            model.ChildrenOf.Where(c => c.Key.Parent == e.Table)
                .Select(c => $"{c.Key.Child}({string.Join(", ", c.Key.ChildColumns)})" + (c.Value is { } cap ? $" ≤{cap} each" : "")).ToList()))
            .ToList();
        Print(settings.Reporter, planned, model);
        PrintDecisions(settings.Reporter, model, production.Personal);
        return planned;
    }

    /// <summary>Each masked, kept or personal-looking column, and what happens to it.</summary>
    static void PrintDecisions(Reporter report, SamplingModel model, IReadOnlyList<PersonalColumn> personal)
    {
        var columns = model.Masks.Rules.Keys.Concat(model.Masks.Keep).Concat(personal.Select(p => p.Column)).Distinct().Order().ToList();
        if (columns.Count == 0) return;
        var table = new Table().Border(TableBorder.Simple).Title("Personal data");
        table.AddColumn("Column").AddColumn("Decision").AddColumn("Confidence").AddColumn("Why it is listed");
        foreach (var column in columns)
        {
            var finding = personal.FirstOrDefault(p => p.Column == column);
            var decision = model.Masks.Rules.TryGetValue(column, out var rule)
                ? "mask: " + rule + (model.Masks.Inherited.TryGetValue(column, out var from) ? $" (references {from})" : "")
                : model.Masks.Keep.Contains(column) ? "keep" : $"[red]undecided[/] (suggested: {Markup.Escape(finding?.SuggestedMask ?? "")})";
            table.AddRow(Markup.Escape(column.ToString()), decision.StartsWith('[') ? decision : Markup.Escape(decision),
                finding?.ConfidenceWord ?? "", Markup.Escape(finding?.Reason ?? "named in the config"));
        }
        report.Write(table);
        var undecided = personal.Count(p => !model.Masks.Rules.ContainsKey(p.Column) && !model.Masks.Keep.Contains(p.Column));
        if (undecided > 0)
            report.Warn($"{undecided} personal-looking column{(undecided == 1 ? " has" : "s have")} no decision: a build would stop until each is masked or kept (the suggested masks above fit their columns)");
    }

    static double WhereRows(DevDbSettings settings, Connections.Database prod, TableName table, string where)
    {
        var statement = settings.Sql.Render("plan/explain_rows.sql", new() { ["table"] = table, ["where"] = Preflight.UserCondition(where) });
        var json = prod.Scalar<string>(statement, 1) ?? "[]";
        using var doc = JsonDocument.Parse(json);
        return doc.RootElement[0].GetProperty("Plan").GetProperty("Plan Rows").GetDouble();
    }

    static void Print(Reporter report, IReadOnlyList<PlannedTable> planned, SamplingModel model)
    {
        static string N(double n) => Math.Round(n).ToString("N0", CultureInfo.InvariantCulture);
        var table = new Table().Border(TableBorder.Simple).Title("Plan (estimates from production's statistics; nothing was read or written)");
        table.AddColumn("Table").AddColumn("Rule").AddColumn(new TableColumn("Production").RightAligned())
            .AddColumn(new TableColumn("Sampled").RightAligned()).AddColumn(new TableColumn("After closure").RightAligned())
            .AddColumn("Parents fetched from").AddColumn("Children brought from");
        foreach (var p in planned)
        {
            var source = p.RuleSource + (p.AfterClosure > p.Sampled + 0.5 ? " + relationships" : "");
            table.AddRow(Markup.Escape(p.Table.ToString()), Markup.Escape($"{p.Rule} ({source})"), N(p.ProductionRows), N(p.Sampled), N(p.AfterClosure),
                Markup.Escape(string.Join(", ", p.ToParents)), Markup.Escape(string.Join(", ", p.ToChildren)));
        }
        table.AddEmptyRow();
        table.AddRow("[bold]Total[/]", "", N(planned.Sum(p => p.ProductionRows)), N(planned.Sum(p => p.Sampled)), "[bold]" + N(planned.Sum(p => p.AfterClosure)) + "[/]", "", "");
        report.Write(table);
        foreach (var fk in model.Nullified) report.Info($"Cut point: {fk} is set to NULL where the parent is not otherwise sampled.");
        foreach (var p in planned)
            if (model.Config.BudgetFor(p.Table) is { } budget && p.AfterClosure > budget)
                report.Warn($"{p.Table} is estimated at {N(p.AfterClosure)} rows, over its max_rows of {budget:N0}: populate would stop");
    }
}
