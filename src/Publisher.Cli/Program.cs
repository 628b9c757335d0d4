Console.Error.WriteLine("publisher: the command line is being built");
return 2;
