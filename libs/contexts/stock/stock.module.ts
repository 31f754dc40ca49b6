import { Module } from '@nestjs/common';
import { StockContractsModule } from './contracts/stock-contracts.module';
import { AcknowledgeAlertController } from './commands/acknowledge-alert/acknowledge-alert.controller';
import { AcceptItemController } from './commands/accept-item/accept-item.controller';
import { AddInterchangeablePartController } from './commands/add-interchangeable-part/add-interchangeable-part.controller';
import { AdjustStockController } from './commands/adjust-stock/adjust-stock.controller';
import { AssignPartBarcodeController } from './commands/assign-part-barcode/assign-part-barcode.controller';
import { AttachReleaseDocumentController } from './commands/attach-release-document/attach-release-document.controller';
import { CancelCountSessionController } from './commands/cancel-count-session/cancel-count-session.controller';
import { ClassifyPartController } from './commands/classify-part/classify-part.controller';
import { ClearPartMinimumLevelController } from './commands/clear-part-minimum-level/clear-part-minimum-level.controller';
import { CloseCountSessionController } from './commands/close-count-session/close-count-session.controller';
import { DeclareItemUnsalvageableController } from './commands/declare-item-unsalvageable/declare-item-unsalvageable.controller';
import { ExtendShelfLifeController } from './commands/extend-shelf-life/extend-shelf-life.controller';
import { IssueItemByScanController } from './commands/issue-item-by-scan/issue-item-by-scan.controller';
import { IssueItemController } from './commands/issue-item/issue-item.controller';
import { IssuePartController } from './commands/issue-part/issue-part.controller';
import { OpenCountSessionController } from './commands/open-count-session/open-count-session.controller';
import { PartCommandSender } from './commands/part-command.sender';
import { ReceiveItemByScanController } from './commands/receive-item-by-scan/receive-item-by-scan.controller';
import { ReceiveItemController } from './commands/receive-item/receive-item.controller';
import { PartFactsLookup } from './commands/receive-item/part-facts.lookup';
import { ReceivePartController } from './commands/receive-part/receive-part.controller';
import { RecordCountByScanController } from './commands/record-count-by-scan/record-count-by-scan.controller';
import { RecordCountController } from './commands/record-count/record-count.controller';
import { RecordLifeTimesController } from './commands/record-life-times/record-life-times.controller';
import { RecordScanController } from './commands/record-scan/record-scan.controller';
import { ScanIntake } from './commands/record-scan/scan-intake';
import { ScanResolver } from './commands/record-scan/scan-resolver';
import { RegisterPartController } from './commands/register-part/register-part.controller';
import { RejectItemController } from './commands/reject-item/reject-item.controller';
import { ReleaseItemReservationController } from './commands/release-item-reservation/release-item-reservation.controller';
import { RemoveInterchangeablePartController } from './commands/remove-interchangeable-part/remove-interchangeable-part.controller';
import { ReserveItemController } from './commands/reserve-item/reserve-item.controller';
import { ReturnItemController } from './commands/return-item/return-item.controller';
import { ScrapItemController } from './commands/scrap-item/scrap-item.controller';
import { AggregateCommandSender } from '@repaero/platform';
import { SetPartMinimumLevelController } from './commands/set-part-minimum-level/set-part-minimum-level.controller';
import { TransferItemController } from './commands/transfer-item/transfer-item.controller';
import { SubscribeToAlertsController } from './commands/subscribe-to-alerts/subscribe-to-alerts.controller';
import { UnsubscribeFromAlertsController } from './commands/unsubscribe-from-alerts/unsubscribe-from-alerts.controller';
import { WithdrawPartBarcodeController } from './commands/withdraw-part-barcode/withdraw-part-barcode.controller';
import { AlertsQueryController } from './queries/alerts/alerts.query.controller';
import { CountSessionsQueryController } from './queries/count-sessions/count-sessions.query.controller';
import { ItemMovementsQueryController } from './queries/item-movements/item-movements.query.controller';
import { ItemsQueryController } from './queries/items/items.query.controller';
import { LocationItemsQueryController } from './queries/items/location-items.query.controller';
import { QuarantineQueryController } from './queries/items/quarantine.query.controller';
import { LabelsQueryController } from './queries/labels/labels.query.controller';
import { MovementsQueryController } from './queries/movements/movements.query.controller';
import { PartsQueryController } from './queries/parts/parts.query.controller';
import { StockLevelsQueryController } from './queries/stock-levels/stock-levels.query.controller';

@Module({
  imports: [StockContractsModule],
  controllers: [
    RegisterPartController,
    ReceivePartController,
    IssuePartController,
    AdjustStockController,
    // catalogue, on the part's stream
    ClassifyPartController,
    AssignPartBarcodeController,
    WithdrawPartBarcodeController,
    AddInterchangeablePartController,
    RemoveInterchangeablePartController,
    SetPartMinimumLevelController,
    ClearPartMinimumLevelController,
    // stock items
    ReceiveItemController,
    AttachReleaseDocumentController,
    AcceptItemController,
    RejectItemController,
    DeclareItemUnsalvageableController,
    ScrapItemController,
    IssueItemController,
    ReturnItemController,
    TransferItemController,
    ReserveItemController,
    ReleaseItemReservationController,
    ExtendShelfLifeController,
    RecordLifeTimesController,
    // cycle counts and scans
    OpenCountSessionController,
    RecordCountController,
    CloseCountSessionController,
    CancelCountSessionController,
    RecordScanController,
    ReceiveItemByScanController,
    IssueItemByScanController,
    RecordCountByScanController,
    // alerts
    SubscribeToAlertsController,
    UnsubscribeFromAlertsController,
    AcknowledgeAlertController,
    // queries
    PartsQueryController,
    StockLevelsQueryController,
    MovementsQueryController,
    ItemsQueryController,
    QuarantineQueryController,
    LocationItemsQueryController,
    ItemMovementsQueryController,
    CountSessionsQueryController,
    LabelsQueryController,
    AlertsQueryController,
  ],
  providers: [PartCommandSender, AggregateCommandSender, PartFactsLookup, ScanResolver, ScanIntake],
})
export class StockModule {}
