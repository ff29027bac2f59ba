import * as vscode from 'vscode';

/** One contributed command: its id (as in package.json) and what it does. */
export interface Command {
  readonly id: string;
  execute(...args: any[]): unknown;
}

/** Registers commands and keeps their registrations, so one dispose removes them all. */
export class CommandManager implements vscode.Disposable {
  private readonly registrations = new Map<string, vscode.Disposable>();

  register<T extends Command>(command: T): T {
    if (this.registrations.has(command.id)) throw new Error(`Command ${command.id} is registered twice`);
    this.registrations.set(command.id, vscode.commands.registerCommand(command.id, command.execute, command));
    return command;
  }

  dispose(): void {
    for (const registration of this.registrations.values()) registration.dispose();
    this.registrations.clear();
  }
}
