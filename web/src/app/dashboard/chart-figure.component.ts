import { ChangeDetectionStrategy, Component, input, signal } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import type { ChartOptions } from 'chart.js';
import { BaseChartDirective } from 'ng2-charts';
import type { BarChartModel } from './dashboard.model';
import { DashboardTranslatePipe } from './dashboard-i18n';

let nextId = 0;

/**
 * One bar chart with its caption and the same numbers as a table. The table is always in the page
 * (visually hidden until asked for), so screen readers get the figures the canvas cannot give.
 */
@Component({
  selector: 'pa-chart-figure',
  imports: [BaseChartDirective, MatButtonModule, DashboardTranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <figure class="pa-chart" [attr.data-testid]="testId()">
      <figcaption>{{ caption() }}</figcaption>
      <div class="pa-chart__canvas" [style.height.px]="height()">
        <canvas
          baseChart
          type="bar"
          [data]="chart().data"
          [options]="options()"
          [legend]="legend()"
          role="img"
          [attr.aria-label]="'dashboard.chartAlt' | dbt: { caption: caption() }"
        ></canvas>
      </div>
      <button
        mat-button
        type="button"
        (click)="showTable.set(!showTable())"
        [attr.aria-expanded]="showTable()"
        [attr.aria-controls]="tableId"
        [attr.data-testid]="testId() + '-toggle'"
      >
        {{ (showTable() ? 'dashboard.hideTable' : 'dashboard.showTable') | dbt }}
      </button>
      <div class="pa-table-wrap" tabindex="0" [class.pa-sr-only]="!showTable()">
        <table class="pa-table" [id]="tableId" [attr.data-testid]="testId() + '-table'">
          <caption class="pa-sr-only">
            {{
              caption()
            }}
          </caption>
          <thead>
            <tr>
              @for (column of chart().table.columns; track $index) {
                <th scope="col">{{ column }}</th>
              }
            </tr>
          </thead>
          <tbody>
            @for (row of chart().table.rows; track $index) {
              <tr>
                <th scope="row">{{ row.header }}</th>
                @for (cell of row.cells; track $index) {
                  <td class="pa-num">{{ cell }}</td>
                }
              </tr>
            }
          </tbody>
        </table>
      </div>
    </figure>
  `,
  styles: `
    .pa-chart {
      margin: 0;
    }
    figcaption {
      font-weight: 600;
      margin-bottom: 8px;
    }
    .pa-chart__canvas {
      position: relative;
      width: 100%;
    }
    table {
      width: 100%;
      margin-top: 8px;
    }
  `,
})
export class ChartFigureComponent {
  readonly caption = input.required<string>();
  readonly chart = input.required<BarChartModel>();
  readonly options = input<ChartOptions<'bar'>>({});
  readonly legend = input(true);
  readonly height = input(280);
  readonly testId = input('chart');

  protected readonly showTable = signal(false);
  private readonly id = (nextId += 1);
  protected readonly tableId = `pa-chart-table-${this.id}`;
}
