using Spectre.Console;

namespace DevDb.Common;

/// <summary>Where the library writes progress. Never given secrets.</summary>
public sealed class Reporter
{
    public Reporter(IAnsiConsole console) => Console = console;

    public IAnsiConsole Console { get; }

    /// <summary>The terminal; when output goes to a file or CI log, wide enough that tables do not wrap.</summary>
    public static Reporter ToStandardOutput()
    {
        var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(System.Console.Out) });
        if (System.Console.IsOutputRedirected) console.Profile.Width = 160;
        return new Reporter(console);
    }

    public static Reporter ToWriter(TextWriter writer)
    {
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Ansi = AnsiSupport.No,
            ColorSystem = ColorSystemSupport.NoColors,
            Interactive = InteractionSupport.No,
            Out = new AnsiConsoleOutput(writer),
        });
        console.Profile.Width = 160;
        return new Reporter(console);
    }

    public void Info(string text) => Console.MarkupLine(Markup.Escape(text));
    public void Step(string text) => Console.MarkupLine("[bold]" + Markup.Escape(text) + "[/]");
    public void Warn(string text) => Console.MarkupLine("[yellow]warning: " + Markup.Escape(text) + "[/]");
    public void Write(Spectre.Console.Rendering.IRenderable renderable) => Console.Write(renderable);

    /// <summary>Text exactly as given, never wrapped at the console's width: a block to paste into a file must stay valid.</summary>
    public void Verbatim(string text)
    {
        var writer = Console.Profile.Out.Writer;
        writer.Write(text.EndsWith('\n') ? text : text + "\n");
        writer.Flush();
    }
}
