using DevDb.Masking;
using System.Globalization;
using System.Text;

namespace DevDb.Processes;

/// <summary>
/// GitHub Actions shows the Markdown appended to $GITHUB_STEP_SUMMARY on the run's page: what was
/// built, masked and verified, and how long it took.
/// </summary>
public static class StepSummary
{
    public static void Populated(DevDbSettings settings, PopulateResult result, MaskPlan masks)
    {
        if (settings.StepSummaryPath is not { } path) return;
        static string N(long n) => n.ToString("N0", CultureInfo.InvariantCulture);
        var md = new StringBuilder();
        md.Append("## DevDb: developer database ").Append(Escape(settings.Development.Database)).Append(" populated\n\n");
        md.Append("| Table | Rule | Sampled | Parents | Children | Rows | Time |\n|---|---|---:|---:|---:|---:|---:|\n");
        // milliseconds: a small table loads in a few, and the benchmark reads its table times from here
        foreach (var t in result.Tables)
            md.Append($"| {Escape(t.Table.ToString())} | {Escape(t.Rule.ToString())} | {N(t.Seeded)} | {N(t.AddedByClosure)} | {N(t.AddedAsChildren)} | {N(t.Rows)} | {t.Time.TotalSeconds.ToString("0.000", CultureInfo.InvariantCulture)} s |\n");
        md.Append($"| **Total** | | | | | **{N(result.TotalRows)}** | {result.Elapsed.TotalSeconds.ToString("0.0", CultureInfo.InvariantCulture)} s |\n\n");
        md.Append(masks.Rules.Count == 0 ? "No masked columns.\n\n"
            : $"**Masked columns ({masks.Rules.Count}):** {string.Join(", ", masks.Rules.Keys.Order().Select(c => $"`{c}` ({Escape(masks.Rules[c].ToString())})"))}\n\n");
        md.Append("### Verification\n\n| Check | Result | Details |\n|---|---|---|\n");
        foreach (var check in result.Verification.Checks)
            md.Append($"| {check.Name} | {(check.Passed ? "✅ ok" : "❌ failed")} | {Escape(check.Summary)} |\n");
        File.AppendAllText(path, md.Append('\n').ToString());
    }

    public static void Dumped(DevDbSettings settings, Manifest manifest)
    {
        if (settings.StepSummaryPath is not { } path) return;
        File.AppendAllText(path,
            $"### Dump\n\n`{Escape(manifest.File)}`: {(manifest.Size / 1024.0 / 1024.0).ToString("0.0", CultureInfo.InvariantCulture)} MB, sha256 `{manifest.Sha256}`, " +
            $"PostgreSQL {Escape(manifest.PostgresVersion)}, DevDb {manifest.DevDbVersion}, {manifest.RowsPerTable.Values.Sum().ToString("N0", CultureInfo.InvariantCulture)} rows in {manifest.RowsPerTable.Count} tables.\n\n");
    }

    static string Escape(string text) => text.Replace("|", "\\|").Replace("\n", " ");
}
