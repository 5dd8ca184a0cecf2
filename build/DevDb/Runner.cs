using DevDb.Common;
using DevDb.Connections;

namespace DevDb;

/// <summary>
/// How the Cake tasks call the library: an expected failure prints one line and ends the process
/// with its exit code, instead of Cake's stack of messages; anything else is a bug and is left
/// to Cake to report in full.
/// </summary>
public static class Runner
{
    public static void Run(Action action)
    {
        try
        {
            action();
        }
        catch (DevDbException e)
        {
            Fail(e);
        }
    }

    public static T Run<T>(Func<T> action)
    {
        try
        {
            return action();
        }
        catch (DevDbException e)
        {
            Fail(e);
            return default!;
        }
    }

    static void Fail(DevDbException e)
    {
        Console.Out.Flush();
        Console.Error.WriteLine("error: " + e.Message.ReplaceLineEndings(" "));
        if (e is SqlFailedException sql && Environment.GetEnvironmentVariable("DEVDB_SHOW_SQL") == "1")
            Console.Error.WriteLine(sql.Sql);
        Console.Error.Flush();
        Environment.Exit(e.ExitCode);
    }
}
